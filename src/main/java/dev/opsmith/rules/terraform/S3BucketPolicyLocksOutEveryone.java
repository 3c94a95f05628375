package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.rules.terraform.support.PolicyStatement;
import dev.opsmith.rules.terraform.support.Tri;

/** A bucket policy that denies everything to everyone, which only the account's root user can undo. */
public final class S3BucketPolicyLocksOutEveryone extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS027", "Bucket policy denies every principal every action")
            .severity(Severity.MEDIUM).category(Category.RELIABILITY).format(Format.TERRAFORM)
            .description("A bucket policy, the inline `policy` of `aws_s3_bucket` (provider v3) or an "
                    + "`aws_s3_bucket_policy` (v4+), in any form, with a `Deny` statement whose principal is "
                    + "everyone and whose actions are `s3:*` or `*`, with no `Condition` and no `NotPrincipal` "
                    + "exception. Unknown parts of the statement are not reported; --show-unknown names them.")
            .rationale("Such a statement denies every request, including Terraform's own next apply and the "
                    + "administrators'; only the account's root user can delete the policy, which turns a typo "
                    + "into an incident.")
            .remediation("Give the deny statement a condition (for example `aws:SecureTransport = false`, "
                    + "`aws:PrincipalArn` not in the administrators' roles, or `aws:SourceVpce`) so that it "
                    + "targets the requests it is meant to stop.")
            .reference("https://repost.aws/knowledge-center/s3-accidentally-denied-access")
            .compliance("NIST-800-53:AC-3").compliance("SOC2:CC6.1").compliance("DORA:Art.9(4)(c)")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        QueueTopicPolicies.forEach(module, reporter, S3BucketPolicies.TYPES,
                "whether the bucket policy denies everyone", doc -> {
                    for (PolicyStatement s : doc.statements()) {
                        Tri lockout = s.isDeny().and(s.principals().isWildcard())
                                .and(S3BucketPolicies.coversAllS3Actions(s)).and(s.hasCondition().not())
                                .and(Tri.of(!s.notPrincipals().written()));
                        IamPolicyScan.decide(reporter, s, lockout, s.span(), doc.name() + " denies every action "
                                        + "to everyone without a condition, which locks out even administrators; "
                                        + "add a condition that targets the requests to stop",
                                "whether " + doc.name() + " denies everyone");
                    }
                });
    }
}
