package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedModule;

/** A bucket policy that lets anyone on the internet in. */
public final class S3BucketPolicyPublic extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS014", "Bucket policy allows everyone")
            .severity(Severity.CRITICAL).category(Category.SECURITY).format(Format.TERRAFORM)
            .description("A bucket policy, the inline `policy` of `aws_s3_bucket` (provider v3) or an "
                    + "`aws_s3_bucket_policy` (v4+), written with `jsonencode`, as a JSON string or through "
                    + "`data \"aws_iam_policy_document\"`, with an `Allow` statement whose principal is everyone "
                    + "(`\"*\"` or `{\"AWS\": \"*\"}`) and no condition that limits the callers "
                    + "(`aws:SourceVpce`, `aws:PrincipalOrgID`, `aws:SourceArn`, `aws:SourceAccount` and the "
                    + "like). `Deny` statements are fine. An unknown policy or principal is not reported; "
                    + "--show-unknown names the unknown inputs.")
            .rationale("A wildcard principal without a narrowing condition gives every AWS account and, for "
                    + "anonymous requests, everyone on the internet the listed actions on the bucket's data.")
            .remediation("Name the principals (roles of your accounts, CloudFront through "
                    + "`AWS:SourceArn`), or keep the wildcard and add a condition on `aws:PrincipalOrgID` or "
                    + "`aws:SourceVpce`; keep the public access block on so that S3 rejects public policies.")
            .reference("https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html#access-control-block-public-access-policy-status")
            .compliance("NIST-800-53:AC-3").compliance("NIST-800-53:AC-6").compliance("PCI-DSS-4.0:1.4.1")
            .compliance("PCI-DSS-4.0:7.2.1").compliance("SOC2:CC6.1").compliance("SOC2:CC6.6")
            .compliance("DORA:Art.9(4)(c)")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        QueueTopicPolicies.forEach(module, reporter, S3BucketPolicies.TYPES,
                "whether the bucket policy allows everyone",
                doc -> QueueTopicPolicies.judgePublic(doc, reporter, "bucket"));
    }
}
