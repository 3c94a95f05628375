package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedModule;

/** A bucket public access block that leaves {@code block_public_acls} off. */
public final class S3PublicAclsNotBlocked extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS006", "Public access block does not block public ACLs")
            .severity(Severity.HIGH).category(Category.SECURITY).format(Format.TERRAFORM)
            .description("An `aws_s3_bucket_public_access_block` (the same resource in provider v3 and v4+) "
                    + "without `block_public_acls = true`: the argument is optional and defaults to false. "
                    + "When on, S3 rejects PUT requests that would grant public access through a bucket or "
                    + "object ACL. A block for a bucket outside the scan is judged too. An unknown value is "
                    + "not reported; --show-unknown names it.")
            .rationale("A single object uploaded with a public-read ACL exposes its content to the internet; "
                    + "blocking public ACLs stops it at the API, whoever sends the request.")
            .remediation("Set `block_public_acls = true` (with the three other settings) on the bucket's public "
                    + "access block, and keep the account-level block complete as well.")
            .reference("https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html")
            .compliance("NIST-800-53:AC-3").compliance("CIS-AWS-3.0:2.1.4").compliance("SOC2:CC6.1")
            .compliance("SOC2:CC6.6").compliance("DORA:Art.9(4)(c)")
            .equivalent("checkov", "CKV_AWS_53")
            .equivalent("trivy", "AVD-AWS-0086").equivalent("tfsec", "aws-s3-block-public-acls")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        S3PublicAccessFlags.check(module, reporter, S3PublicAccessFlags.BUCKET_BLOCK, "block_public_acls",
                "reject requests that add a public ACL");
    }
}
