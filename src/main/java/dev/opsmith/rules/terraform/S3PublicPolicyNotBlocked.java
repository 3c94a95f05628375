package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedModule;

/** A bucket public access block that leaves {@code block_public_policy} off. */
public final class S3PublicPolicyNotBlocked extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS007", "Public access block does not block public policies")
            .severity(Severity.HIGH).category(Category.SECURITY).format(Format.TERRAFORM)
            .description("An `aws_s3_bucket_public_access_block` (the same resource in provider v3 and v4+) "
                    + "without `block_public_policy = true`: the argument is optional and defaults to false. "
                    + "When on, S3 rejects a bucket policy that grants access to everyone. A block for a "
                    + "bucket outside the scan is judged too. An unknown value is not reported; --show-"
                    + "unknown names it.")
            .rationale("A bucket policy with a wildcard principal opens every object at once; blocking public "
                    + "policies means a mistaken policy fails to apply instead of publishing the data.")
            .remediation("Set `block_public_policy = true` (with the three other settings) on the bucket's "
                    + "public access block, and keep the account-level block complete as well.")
            .reference("https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html")
            .compliance("NIST-800-53:AC-3").compliance("CIS-AWS-3.0:2.1.4").compliance("SOC2:CC6.1")
            .compliance("SOC2:CC6.6").compliance("DORA:Art.9(4)(c)")
            .equivalent("checkov", "CKV_AWS_54")
            .equivalent("trivy", "AVD-AWS-0087").equivalent("tfsec", "aws-s3-block-public-policy")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        S3PublicAccessFlags.check(module, reporter, S3PublicAccessFlags.BUCKET_BLOCK, "block_public_policy",
                "reject bucket policies that grant public access");
    }
}
