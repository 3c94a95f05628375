package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;
import dev.opsmith.rules.terraform.support.KmsKeyRefs;

/** A Secrets Manager secret encrypted with the AWS-managed {@code aws/secretsmanager} key. */
public final class SecretNotCmkEncrypted extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS226", "Secret encrypted with the AWS-managed key")
            .severity(Severity.MEDIUM).category(Category.SECURITY).format(Format.TERRAFORM)
            .description("An `aws_secretsmanager_secret` without `kms_key_id` (Secrets Manager then uses the "
                    + "AWS-managed `aws/secretsmanager` key), or whose key is an AWS-managed alias such as "
                    + "`alias/aws/secretsmanager`. When the key is unknown, nothing is reported; --show-unknown "
                    + "names the unknown input.")
            .rationale("The AWS-managed key lets every principal of the account with `secretsmanager:"
                    + "GetSecretValue` decrypt, and it cannot be shared with another account. A customer-managed "
                    + "key adds a second, separately administered permission in front of database passwords and "
                    + "API keys, and makes cross-account access possible without weakening the secret policy.")
            .remediation("Set `kms_key_id` to a customer-managed `aws_kms_key` whose policy allows only the "
                    + "roles that read the secret.")
            .reference("https://docs.aws.amazon.com/secretsmanager/latest/userguide/security-encryption.html")
            .compliance("NIST-800-53:SC-12").compliance("NIST-800-53:SC-28").compliance("PCI-DSS-4.0:3.6.1")
            .compliance("SOC2:CC6.1").compliance("SOC2:CC6.7").compliance("DORA:Art.9(4)(d)")
            .equivalent("checkov", "CKV_AWS_149")
            .equivalent("trivy", "AVD-AWS-0098")
            .equivalent("tfsec", "aws-ssm-secret-use-customer-key")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        for (ResourceInstance secret : reporter.resources(module, "aws_secretsmanager_secret")) {
            String name = secret.block().address();
            var attribute = secret.attribute("kms_key_id");
            if (attribute.isPresent() && !reporter.inThisFile(attribute.get())) continue;
            var at = attribute.map(a -> a.source().node().span()).orElse(secret.block().header());
            KmsKeyRefs.Kind kind = KmsKeyRefs.kind(secret.value("kms_key_id"));
            switch (kind) {
                case UNKNOWN -> reporter.undecided(at, "whether " + name + " uses a customer-managed key",
                        secret.value("kms_key_id").unknownReasons());
                case ABSENT -> reporter.report(at, name + " has no kms_key_id, so it is encrypted with the "
                        + "AWS-managed aws/secretsmanager key; set kms_key_id to a customer-managed key");
                case AWS_MANAGED -> reporter.report(at, name + " is encrypted with an AWS-managed key, whose "
                        + "policy cannot be changed; set kms_key_id to a customer-managed key");
                case CUSTOMER_MANAGED -> {
                }
            }
        }
    }
}
