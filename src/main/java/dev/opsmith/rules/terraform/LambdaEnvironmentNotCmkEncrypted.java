package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedBlock;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;
import dev.opsmith.format.terraform.value.Value;
import dev.opsmith.rules.terraform.support.KmsKeyRefs;

import java.util.ArrayList;
import java.util.List;

/** Lambda environment variables encrypted only with the AWS-managed {@code aws/lambda} key. */
public final class LambdaEnvironmentNotCmkEncrypted extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS244",
                    "Environment variables encrypted with the AWS-managed key")
            .severity(Severity.LOW).category(Category.SECURITY).format(Format.TERRAFORM)
            .description("An `aws_lambda_function` whose `environment` block sets at least one variable while "
                    + "`kms_key_arn` is not written, so Lambda encrypts the variables with the AWS-managed "
                    + "`aws/lambda` key. Functions without variables are not reported. When the variables or the "
                    + "key are unknown, nothing is reported; --show-unknown names the unknown inputs.")
            .rationale("Anyone allowed to read the function's configuration can read variables encrypted with "
                    + "the AWS-managed key. A customer-managed key adds a key policy that decides who may decrypt "
                    + "them, and every decryption is recorded in CloudTrail.")
            .remediation("Set `kms_key_arn` to a customer-managed key, and grant the function's execution role "
                    + "`kms:Decrypt` on it.")
            .reference("https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars-encryption.html")
            .compliance("NIST-800-53:SC-28").compliance("NIST-800-53:SC-12").compliance("SOC2:CC6.1")
            .compliance("SOC2:CC6.7").compliance("DORA:Art.9(2)")
            .equivalent("checkov", "CKV_AWS_173")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        for (ResourceInstance function : reporter.resources(module, "aws_lambda_function")) {
            var environments = function.blocks("environment");
            if (environments.isEmpty()) continue;
            EvaluatedBlock environment = environments.get(0);
            if (!reporter.inThisFile(environment.source().file())) continue;
            String name = function.block().address();
            var where = environment.source().node().typeSpan();
            List<String> unknown = new ArrayList<>();
            Value variables = environment.undecided().isPresent() ? environment.undecided().get()
                    : environment.attribute("variables").map(a -> a.value()).orElse(Value.absent("no variables"));
            if (variables.isAbsent() || variables.isNull()) continue;
            if (!variables.isKnown()) {
                unknown.addAll(variables.unknownReasons());
            } else if (variables.entries().isEmpty()) {
                continue;
            }
            Value key = function.value("kms_key_arn");
            KmsKeyRefs.Kind kind = KmsKeyRefs.kind(key);
            if (kind == KmsKeyRefs.Kind.UNKNOWN) {
                unknown.addAll(key.unknownReasons());
            } else if (kind != KmsKeyRefs.Kind.ABSENT) {
                continue;
            }
            if (!unknown.isEmpty()) {
                reporter.undecided(where, "whether " + name + " encrypts its environment variables with a "
                        + "customer-managed key", unknown);
                continue;
            }
            reporter.report(where, name + " sets environment variables without kms_key_arn, so they are "
                    + "encrypted only with the AWS-managed aws/lambda key; set kms_key_arn to a customer-managed "
                    + "key");
        }
    }
}
