package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;
import dev.opsmith.format.terraform.value.Value;
import dev.opsmith.rules.terraform.support.KmsKeyRefs;

import java.util.ArrayList;
import java.util.List;

/** A SecureString parameter encrypted with the account's AWS-managed {@code aws/ssm} key. */
public final class SsmSecureStringDefaultKey extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS231", "SecureString parameter uses the AWS-managed key")
            .severity(Severity.LOW).category(Category.SECURITY).format(Format.TERRAFORM).optIn()
            .description("An `aws_ssm_parameter` with `type = \"SecureString\"` whose `key_id` is not written "
                    + "(Parameter Store then uses the AWS-managed `aws/ssm` key) or is an AWS-managed alias. "
                    + "Opt-in: the AWS-managed key is a sound default where no key-separation policy applies. When "
                    + "the type or key is unknown, nothing is reported; --show-unknown names the unknown inputs.")
            .rationale("Everyone in the account allowed `ssm:GetParameter` can decrypt with the AWS-managed key, "
                    + "and it cannot be used across accounts. A customer-managed key lets the key policy limit "
                    + "decryption to the workloads that need the parameter.")
            .remediation("Set `key_id` to a customer-managed `aws_kms_key` whose policy allows only the readers of "
                    + "the parameter.")
            .reference("https://docs.aws.amazon.com/systems-manager/latest/userguide/secure-string-parameter-kms-encryption.html")
            .compliance("NIST-800-53:SC-12").compliance("SOC2:CC6.1").compliance("SOC2:CC6.7")
            .compliance("DORA:Art.9(4)(d)")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        for (ResourceInstance parameter : reporter.resources(module, "aws_ssm_parameter")) {
            String name = parameter.block().address();
            Value type = parameter.value("type");
            List<String> unknown = new ArrayList<>();
            if (!type.isKnown()) unknown.addAll(type.unknownReasons());
            else if (!type.string().map("SecureString"::equals).orElse(false)) continue;
            Value key = parameter.value("key_id");
            KmsKeyRefs.Kind kind = KmsKeyRefs.kind(key);
            if (kind == KmsKeyRefs.Kind.CUSTOMER_MANAGED) continue;
            if (kind == KmsKeyRefs.Kind.UNKNOWN) unknown.addAll(key.unknownReasons());
            if (!unknown.isEmpty()) {
                reporter.undecided(parameter.block().header(), "whether " + name + " uses a customer-managed key",
                        unknown);
                continue;
            }
            reporter.report(parameter.block().header(), name + " is a SecureString encrypted with the "
                    + "AWS-managed aws/ssm key; set key_id to a customer-managed key");
        }
    }
}
