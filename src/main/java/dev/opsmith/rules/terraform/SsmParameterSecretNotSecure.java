package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;
import dev.opsmith.format.terraform.value.Value;
import dev.opsmith.rules.terraform.support.SecretPatterns;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** An SSM parameter named like a credential but stored as plain text. */
public final class SsmParameterSecretNotSecure extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS230", "Secret stored in a plain SSM parameter")
            .severity(Severity.MEDIUM).category(Category.SECURITY).format(Format.TERRAFORM)
            .description("An `aws_ssm_parameter` of `type` `String` or `StringList` whose name's last segment "
                    + "announces a credential (`/payments/ledger/db_password`, `psp-api-key`; not `..._arn`, "
                    + "`..._name`). When the type or the name is unknown, nothing is reported; --show-unknown "
                    + "names the unknown inputs.")
            .rationale("String parameters are stored unencrypted and returned in clear to anyone with "
                    + "`ssm:GetParameter` on them; they also appear in the console and in the parameter history. "
                    + "SecureString encrypts the value with KMS and requires `kms:Decrypt` to read it.")
            .remediation("Set `type = \"SecureString\"` (with `key_id` naming a customer-managed key), or keep the "
                    + "credential in Secrets Manager. Changing the type replaces the parameter: rotate the value "
                    + "while doing so.")
            .reference("https://docs.aws.amazon.com/systems-manager/latest/userguide/sysman-paramstore-securestring.html")
            .compliance("NIST-800-53:SC-28").compliance("PCI-DSS-4.0:3.5.1").compliance("SOC2:CC6.1")
            .compliance("SOC2:CC6.7").compliance("DORA:Art.9(2)")
            .build();

    private static final Set<String> PLAIN = Set.of("String", "StringList");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        for (ResourceInstance parameter : reporter.resources(module, "aws_ssm_parameter")) {
            var type = parameter.attribute("type");
            if (type.isEmpty() || !reporter.inThisFile(type.get())) continue;
            String address = parameter.block().address();
            Value name = parameter.value("name");
            Value kind = type.get().value();
            var at = type.get().source().node().span();
            List<String> unknown = new ArrayList<>();
            if (!kind.isKnown()) unknown.addAll(kind.unknownReasons());
            else if (!kind.string().map(PLAIN::contains).orElse(false)) continue;
            if (!name.isKnown()) {
                unknown.addAll(name.unknownReasons());
            } else if (name.string().map(n -> !SecretPatterns.looksLikeSecretName(lastSegment(n))).orElse(true)) {
                continue;
            }
            if (!unknown.isEmpty()) {
                reporter.undecided(at, "whether " + address + " stores a secret in plain text", unknown);
                continue;
            }
            reporter.report(at, address + " is named like a secret (" + name.string().get() + ") but is a plain "
                    + kind.string().get() + " parameter; make it a SecureString");
        }
    }

    /** The last segment of a parameter name: {@code db_password} of {@code /payments/ledger/db_password}. */
    static String lastSegment(String name) {
        String n = name.strip();
        while (n.endsWith("/")) n = n.substring(0, n.length() - 1);
        int slash = n.lastIndexOf('/');
        return slash < 0 ? n : n.substring(slash + 1);
    }
}
