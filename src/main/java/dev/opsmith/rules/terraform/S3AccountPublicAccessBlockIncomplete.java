package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedModule;

/** An account-level public access block that leaves one of its four settings off. */
public final class S3AccountPublicAccessBlockIncomplete extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS010", "Account-level public access block leaves a setting off")
            .severity(Severity.HIGH).category(Category.SECURITY).format(Format.TERRAFORM)
            .description("An `aws_s3_account_public_access_block` that does not set each of "
                    + "`block_public_acls`, `block_public_policy`, `ignore_public_acls` and "
                    + "`restrict_public_buckets` to true (each defaults to false). Every setting left off is "
                    + "reported at its value, or at the resource when it is not written. Unknown values are not "
                    + "reported; --show-unknown names them.")
            .rationale("The account-level block is the one guard that also covers buckets created later, by "
                    + "other tools or by hand; a setting left off there leaves that path to public data open "
                    + "for every bucket of the account.")
            .remediation("Set all four arguments to true. Buckets that must serve public content belong behind "
                    + "CloudFront with origin access control, which works with the block in place.")
            .reference("https://docs.aws.amazon.com/AmazonS3/latest/userguide/configuring-block-public-access-account.html")
            .compliance("NIST-800-53:AC-3").compliance("CIS-AWS-3.0:2.1.4").compliance("SOC2:CC6.1")
            .compliance("SOC2:CC6.6").compliance("DORA:Art.9(4)(c)")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        S3PublicAccessFlags.check(module, reporter, S3PublicAccessFlags.ACCOUNT_BLOCK, "block_public_acls",
                "reject requests that add a public ACL in the account");
        S3PublicAccessFlags.check(module, reporter, S3PublicAccessFlags.ACCOUNT_BLOCK, "block_public_policy",
                "reject public bucket policies in the account");
        S3PublicAccessFlags.check(module, reporter, S3PublicAccessFlags.ACCOUNT_BLOCK, "ignore_public_acls",
                "ignore public ACLs in the account");
        S3PublicAccessFlags.check(module, reporter, S3PublicAccessFlags.ACCOUNT_BLOCK, "restrict_public_buckets",
                "restrict buckets with public policies in the account");
    }
}
