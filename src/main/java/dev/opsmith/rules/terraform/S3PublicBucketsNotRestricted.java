package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedModule;

/** A bucket public access block that leaves {@code restrict_public_buckets} off. */
public final class S3PublicBucketsNotRestricted extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS009", "Public access block does not restrict public buckets")
            .severity(Severity.HIGH).category(Category.SECURITY).format(Format.TERRAFORM)
            .description("An `aws_s3_bucket_public_access_block` (the same resource in provider v3 and v4+) "
                    + "without `restrict_public_buckets = true`: the argument is optional and defaults to "
                    + "false. When on, a bucket whose policy is public can only be accessed by AWS services "
                    + "and principals of the owner account. A block for a bucket outside the scan is judged "
                    + "too. An unknown value is not reported; --show-unknown names it.")
            .rationale("Restricting public buckets cuts off anonymous and cross-account access even when a "
                    + "public policy is already in place, which makes it the safety net for the other three "
                    + "settings.")
            .remediation("Set `restrict_public_buckets = true` (with the three other settings) on the bucket's "
                    + "public access block, and keep the account-level block complete as well.")
            .reference("https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html")
            .compliance("NIST-800-53:AC-3").compliance("CIS-AWS-3.0:2.1.4").compliance("SOC2:CC6.1")
            .compliance("SOC2:CC6.6").compliance("DORA:Art.9(4)(c)")
            .equivalent("checkov", "CKV_AWS_56")
            .equivalent("trivy", "AVD-AWS-0093").equivalent("tfsec", "aws-s3-no-public-buckets")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        S3PublicAccessFlags.check(module, reporter, S3PublicAccessFlags.BUCKET_BLOCK, "restrict_public_buckets",
                "limit a bucket with a public policy to AWS services and the owner account");
    }
}
