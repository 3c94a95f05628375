package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedAttribute;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;
import dev.opsmith.rules.terraform.support.KmsKeyRefs;

import java.util.Optional;

/** A trail whose log files are encrypted only with S3-managed keys. */
public final class CloudTrailNotKmsEncrypted extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS212", "Trail logs not encrypted with a customer key")
            .severity(Severity.MEDIUM).category(Category.SECURITY).format(Format.TERRAFORM)
            .description("An `aws_cloudtrail` without `kms_key_id` (or with an empty one): its log files are then "
                    + "encrypted with SSE-S3 only. A KMS key ARN, key id, alias or a reference to an `aws_kms_key` "
                    + "or `aws_kms_alias` is compliant. When the key is unknown (a variable without value, a data "
                    + "source), nothing is reported; --show-unknown names the unknown input.")
            .rationale("With SSE-KMS, reading the logs also takes decrypt permission on a key the security team "
                    + "controls, and every decryption is itself recorded; anyone who can merely read the bucket "
                    + "sees nothing (PCI DSS 10.3.2).")
            .remediation("Create a customer-managed key whose policy lets cloudtrail.amazonaws.com encrypt, and set "
                    + "`kms_key_id = aws_kms_key.cloudtrail.arn`.")
            .reference("https://docs.aws.amazon.com/awscloudtrail/latest/userguide/encrypting-cloudtrail-log-files-with-aws-kms.html")
            .compliance("PCI-DSS-4.0:10.3.2").compliance("NIST-800-53:AU-9").compliance("NIST-800-53:SC-28")
            .compliance("CIS-AWS-3.0:3.5").compliance("SOC2:CC7.2").compliance("SOC2:CC7.3")
            .compliance("DORA:Art.10(1)")
            .equivalent("checkov", "CKV_AWS_35")
            .equivalent("trivy", "AVD-AWS-0015")
            .equivalent("tfsec", "aws-cloudtrail-encryption-customer-key")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        for (ResourceInstance trail : reporter.resources(module, "aws_cloudtrail")) {
            String name = trail.block().address();
            Optional<EvaluatedAttribute> key = trail.attribute("kms_key_id");
            if (key.isPresent() && !reporter.inThisFile(key.get())) continue;
            var where = key.isPresent() && !key.get().value().isNull() ? key.get().source().node().span()
                    : trail.block().header();
            switch (KmsKeyRefs.kind(trail.value("kms_key_id"))) {
                case ABSENT -> reporter.report(where, name + " has no kms_key_id, so its log files are encrypted "
                        + "with S3-managed keys only; set kms_key_id to a customer-managed KMS key");
                case UNKNOWN -> reporter.undecided(where, "whether " + name + " encrypts its logs with KMS",
                        trail.value("kms_key_id").unknownReasons());
                default -> {
                }
            }
        }
    }
}
