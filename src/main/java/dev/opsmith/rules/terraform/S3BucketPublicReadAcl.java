package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedModule;

import java.util.Set;

/** A bucket ACL that lets anyone, or any AWS account, read the bucket. */
public final class S3BucketPublicReadAcl extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS012", "Bucket ACL grants public read")
            .severity(Severity.CRITICAL).category(Category.SECURITY).format(Format.TERRAFORM)
            .description("A bucket ACL, inline on `aws_s3_bucket` (provider v3: `acl`, `grant` blocks) or in an "
                    + "`aws_s3_bucket_acl` (v4+: `acl`, `access_control_policy.grant`), that uses the canned ACL "
                    + "`public-read`, `public-read-write` or `authenticated-read`, or grants `READ`, `READ_ACP` or "
                    + "`FULL_CONTROL` to the `AllUsers` or `AuthenticatedUsers` group. `private`, "
                    + "`log-delivery-write`, `bucket-owner-*` and grants to canonical user ids are fine. When "
                    + "both forms exist the split resource decides. Unknown values are not reported; "
                    + "--show-unknown names them.")
            .rationale("`AllUsers` is anyone on the internet and `AuthenticatedUsers` is anyone with any AWS "
                    + "account: either makes the bucket listing, and with it the object names, readable by "
                    + "strangers.")
            .remediation("Use `acl = \"private\"` or, better, set object ownership to `BucketOwnerEnforced` and "
                    + "drop ACLs; give readers access through IAM or the bucket policy, and serve public content "
                    + "through CloudFront with origin access control.")
            .reference("https://docs.aws.amazon.com/AmazonS3/latest/userguide/acl-overview.html")
            .compliance("NIST-800-53:AC-3").compliance("PCI-DSS-4.0:1.4.1").compliance("SOC2:CC6.1")
            .compliance("SOC2:CC6.6").compliance("DORA:Art.9(4)(c)")
            .equivalent("checkov", "CKV_AWS_20")
            .build();

    private static final S3PublicAcls.Access READ = new S3PublicAcls.Access("read",
            Set.of("public-read", "public-read-write", "authenticated-read"),
            Set.of("READ", "READ_ACP", "FULL_CONTROL"));

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        S3PublicAcls.check(module, reporter, READ);
    }
}
