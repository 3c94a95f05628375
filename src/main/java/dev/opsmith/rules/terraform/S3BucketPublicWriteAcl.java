package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedModule;

import java.util.Set;

/** A bucket ACL that lets anyone, or any AWS account, write to the bucket or change its ACL. */
public final class S3BucketPublicWriteAcl extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS013", "Bucket ACL grants public write")
            .severity(Severity.CRITICAL).category(Category.SECURITY).format(Format.TERRAFORM)
            .description("A bucket ACL, inline on `aws_s3_bucket` (provider v3: `acl`, `grant` blocks) or in an "
                    + "`aws_s3_bucket_acl` (v4+: `acl`, `access_control_policy.grant`), that uses the canned ACL "
                    + "`public-read-write`, or grants `WRITE`, `WRITE_ACP` or `FULL_CONTROL` to the `AllUsers` or "
                    + "`AuthenticatedUsers` group. When both forms exist the split resource decides. Unknown "
                    + "values are not reported; --show-unknown names them.")
            .rationale("Public write lets anyone overwrite or plant objects (malware, forged statements, content "
                    + "billed to you), and `WRITE_ACP` lets them open the bucket further.")
            .remediation("Use `acl = \"private\"` or, better, set object ownership to `BucketOwnerEnforced` and "
                    + "drop ACLs; give writers access through IAM roles.")
            .reference("https://docs.aws.amazon.com/AmazonS3/latest/userguide/acl-overview.html")
            .compliance("NIST-800-53:AC-3").compliance("SOC2:CC6.1").compliance("SOC2:CC6.6")
            .compliance("DORA:Art.9(4)(c)")
            .equivalent("checkov", "CKV_AWS_57")
            .build();

    private static final S3PublicAcls.Access WRITE = new S3PublicAcls.Access("write",
            Set.of("public-read-write"), Set.of("WRITE", "WRITE_ACP", "FULL_CONTROL"));

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        S3PublicAcls.check(module, reporter, WRITE);
    }
}
