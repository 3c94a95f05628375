package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.rules.terraform.support.S3Buckets.BucketView;
import dev.opsmith.rules.terraform.support.S3Buckets.Concern;

/** A bucket whose default encryption is left to the service instead of being written in the configuration. */
public final class S3BucketWithoutEncryption extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS001", "Bucket has no explicit default encryption")
            .severity(Severity.LOW).category(Category.SECURITY).format(Format.TERRAFORM)
            .description("An `aws_s3_bucket` with neither an inline `server_side_encryption_configuration` block "
                    + "(provider v3) nor an `aws_s3_bucket_server_side_encryption_configuration` naming it (v4 and "
                    + "later). Any algorithm counts as configured (`AES256`, `aws:kms`, `aws:kms:dsse`). When an "
                    + "encryption resource names a bucket through an unknown value, nothing is reported for buckets "
                    + "it might configure; --show-unknown names the unknown input.")
            .rationale("S3 has applied SSE-S3 to new objects since January 2023, so the data is encrypted; what is "
                    + "missing is a reviewed, written-down setting that auditors can point to and that a later change "
                    + "to a KMS key can build on.")
            .remediation("Add an `aws_s3_bucket_server_side_encryption_configuration` for the bucket (or the inline "
                    + "block on provider v3) with `sse_algorithm = \"aws:kms\"` and a customer-managed key.")
            .reference("https://docs.aws.amazon.com/AmazonS3/latest/userguide/default-bucket-encryption.html")
            .compliance("PCI-DSS-4.0:3.5.1").compliance("NIST-800-53:SC-28").compliance("SOC2:CC6.1")
            .compliance("SOC2:CC6.7").compliance("DORA:Art.9(2)").compliance("DORA:Art.9(4)(d)")
            .equivalent("checkov", "CKV_AWS_19").equivalent("trivy", "AVD-AWS-0088")
            .equivalent("tfsec", "aws-s3-enable-bucket-encryption")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        for (BucketView bucket : S3Checks.buckets(module, reporter)) {
            S3Checks.requirePresent(reporter, bucket, Concern.ENCRYPTION, bucket.name() + " has no default "
                            + "encryption configuration; add an aws_s3_bucket_server_side_encryption_configuration "
                            + "(or the inline block on provider v3) that sets sse_algorithm",
                    "whether " + bucket.name() + " has a default encryption configuration");
        }
    }
}
