package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedModule;

/** An SNS topic policy that lets anyone publish to or subscribe to the topic. */
public final class SnsTopicPolicyPublic extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS261", "Topic policy allows everyone")
            .severity(Severity.CRITICAL).category(Category.SECURITY).format(Format.TERRAFORM)
            .description("A statement of a topic policy (`aws_sns_topic.policy` in AWS provider v3 or "
                    + "`aws_sns_topic_policy.policy`; written with `jsonencode`, as a JSON string or heredoc, or "
                    + "built by `data \"aws_iam_policy_document\"`) with `Effect = \"Allow\"` and the wildcard "
                    + "principal (`\"*\"` or `{\"AWS\": \"*\"}`), unless a condition narrows the callers "
                    + "(`aws:SourceArn`, `aws:SourceAccount`, `aws:PrincipalOrgID`, `aws:SourceOwner`, …). When "
                    + "the policy, its principal or its conditions are unknown, nothing is reported; "
                    + "--show-unknown names the unknown inputs.")
            .rationale("With a topic open to everyone, any AWS account can publish forged events to every "
                    + "subscriber, or subscribe its own endpoint and receive every payment notification.")
            .remediation("Name the accounts, roles or services in `Principal`; for a service principal such as "
                    + "CloudWatch or EventBridge, keep `\"*\"` only with an `aws:SourceArn` or "
                    + "`aws:SourceAccount` condition.")
            .reference("https://docs.aws.amazon.com/sns/latest/dg/sns-access-policy-use-cases.html")
            .compliance("NIST-800-53:AC-3").compliance("SOC2:CC6.1").compliance("SOC2:CC6.6")
            .compliance("DORA:Art.9(4)(c)")
            .equivalent("checkov", "CKV_AWS_169")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        QueueTopicPolicies.forEach(module, reporter, QueueTopicPolicies.TOPICS, "whether the topic policy allows "
                + "everyone", doc -> QueueTopicPolicies.judgePublic(doc, reporter, "topic"));
    }
}
