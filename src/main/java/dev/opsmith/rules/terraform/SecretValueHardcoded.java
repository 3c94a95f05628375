package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedAttribute;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;
import dev.opsmith.format.terraform.value.Value;
import dev.opsmith.rules.terraform.support.SecretPatterns;

import java.util.Optional;

/** The content of a secret written in the configuration, so in the repository and its history. */
public final class SecretValueHardcoded extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS228", "Secret value written in the code")
            .severity(Severity.HIGH).category(Category.SECURITY).format(Format.TERRAFORM)
            .description("The `secret_string` or `secret_binary` of an `aws_secretsmanager_secret_version`, or the "
                    + "`value` of an `aws_ssm_parameter` of type `SecureString`, that is written in the "
                    + "configuration: a literal, a variable default or a tfvars value, also when built with "
                    + "`jsonencode`. Placeholders (`changeme`, `<password>`, `xxxx`) are not reported, nor is a "
                    + "JSON object without a member named like a secret. Values from `random_password`, other "
                    + "resources, data sources and variables without a value are not in the code and never "
                    + "reported. The message shows only the first two characters and the length.")
            .rationale("Storing a value in Secrets Manager protects it only if it is not also in the Terraform "
                    + "code: the repository, every clone, pull requests and CI logs keep it, and nobody can tell "
                    + "who has read it. The state holds it either way, so the state must be protected as well.")
            .remediation("Generate the value with `random_password` (or let the service manage it, such as RDS "
                    + "`manage_master_user_password`), or create the secret with a placeholder and set the real "
                    + "value outside Terraform with `lifecycle { ignore_changes = [secret_string] }`. Rotate the "
                    + "exposed value.")
            .reference("https://docs.aws.amazon.com/secretsmanager/latest/userguide/best-practices.html")
            .compliance("NIST-800-53:IA-5").compliance("PCI-DSS-4.0:8.3.2").compliance("SOC2:CC6.1")
            .compliance("DORA:Art.9(4)(d)")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        if (reporter.fromPlan()) return; // a planned value does not say whether it was written in the code
        for (ResourceInstance version : reporter.resources(module, "aws_secretsmanager_secret_version")) {
            version.attribute("secret_string").ifPresent(a -> judge(reporter, version, a));
            version.attribute("secret_binary").ifPresent(a -> judge(reporter, version, a));
        }
        for (ResourceInstance parameter : reporter.resources(module, "aws_ssm_parameter")) {
            Optional<EvaluatedAttribute> value = parameter.attribute("value");
            if (value.isEmpty() || !value.get().value().isKnown()) continue;
            Value type = parameter.value("type");
            if (!type.isKnown()) {
                if (reporter.inThisFile(value.get()) && secret(value.get().value()).isPresent()) {
                    reporter.undecided(value.get().source().node().span(), "whether "
                            + parameter.block().address() + " is a SecureString", type.unknownReasons());
                }
                continue;
            }
            if (type.string().map("SecureString"::equals).orElse(false)) judge(reporter, parameter, value.get());
        }
    }

    private static void judge(Reporter reporter, ResourceInstance resource, EvaluatedAttribute attribute) {
        if (!reporter.inThisFile(attribute)) return;
        Value v = attribute.value();
        Optional<String> secret = secret(v);
        if (secret.isEmpty()) return;
        reporter.report(attribute.source().node().span(), resource.block().address() + " has its "
                        + attribute.name() + " written in the code, " + SecretPatterns.redact(secret.get())
                        + "; generate it with random_password or set it outside Terraform, and rotate it")
                .ifPresent(r -> r.secret(secret.get()).secret(v.string().orElse("")));
    }

    private static Optional<String> secret(Value v) {
        if (!v.isKnown()) return Optional.empty();
        return v.string().flatMap(SecretPatterns::secretInContent);
    }
}
