package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.rules.terraform.support.S3Buckets.BucketView;
import dev.opsmith.rules.terraform.support.S3Buckets.Concern;

/** A bucket whose requests are not recorded by S3 server access logging. */
public final class S3BucketAccessLoggingDisabled extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS018", "Bucket has no server access logging")
            .severity(Severity.LOW).category(Category.SECURITY).format(Format.TERRAFORM)
            .description("An `aws_s3_bucket` with neither an inline `logging` block (provider v3) nor an "
                    + "`aws_s3_bucket_logging` naming it (v4 and later). Any target bucket counts, including a "
                    + "central log bucket of another stack. When a logging resource names a bucket through an "
                    + "unknown value, nothing is reported for the buckets it might configure.")
            .rationale("Server access logs record every request, including the anonymous and denied ones that "
                    + "CloudTrail data events leave out; they are the evidence an investigation of a data leak "
                    + "starts from.")
            .remediation("Add an `aws_s3_bucket_logging` with `target_bucket` set to a dedicated log bucket and a "
                    + "`target_prefix` per source bucket (or the inline `logging` block on provider v3).")
            .reference("https://docs.aws.amazon.com/AmazonS3/latest/userguide/ServerLogs.html")
            .compliance("NIST-800-53:AU-2").compliance("NIST-800-53:AU-12").compliance("PCI-DSS-4.0:10.2.1")
            .compliance("SOC2:CC7.2").compliance("SOC2:CC7.3").compliance("DORA:Art.10(1)")
            .equivalent("checkov", "CKV_AWS_18").equivalent("trivy", "AVD-AWS-0089")
            .equivalent("tfsec", "aws-s3-enable-bucket-logging")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        for (BucketView bucket : S3Checks.buckets(module, reporter)) {
            S3Checks.requirePresent(reporter, bucket, Concern.LOGGING, bucket.name() + " has no server access "
                            + "logging; add an aws_s3_bucket_logging (or the inline logging block on provider v3) "
                            + "that sends its logs to a log bucket",
                    "whether " + bucket.name() + " has server access logging");
        }
    }
}
