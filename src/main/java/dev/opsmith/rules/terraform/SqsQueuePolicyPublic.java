package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedModule;

/** An SQS queue policy that lets anyone send, read or delete messages. */
public final class SqsQueuePolicyPublic extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS257", "Queue policy allows everyone")
            .severity(Severity.CRITICAL).category(Category.SECURITY).format(Format.TERRAFORM)
            .description("A statement of a queue policy (`aws_sqs_queue.policy` in AWS provider v3 or "
                    + "`aws_sqs_queue_policy.policy`; written with `jsonencode`, as a JSON string or heredoc, or "
                    + "built by `data \"aws_iam_policy_document\"`) with `Effect = \"Allow\"` and the wildcard "
                    + "principal (`\"*\"` or `{\"AWS\": \"*\"}`), unless a condition narrows the callers "
                    + "(`aws:SourceArn`, `aws:SourceAccount`, `aws:PrincipalOrgID`, `aws:SourceVpce`, …). When the "
                    + "policy, its principal or its conditions are unknown, nothing is reported; --show-unknown "
                    + "names the unknown inputs.")
            .rationale("A queue open to everyone accepts messages from any AWS account, so anyone can inject "
                    + "forged payment instructions, and depending on the actions can read or purge the real "
                    + "ones.")
            .remediation("Name the accounts, roles or services in `Principal`; for a service principal such as "
                    + "SNS or S3, keep `\"*\"` only with an `aws:SourceArn` condition naming the topic or bucket.")
            .reference("https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-basic-examples-of-sqs-policies.html")
            .compliance("NIST-800-53:AC-3").compliance("SOC2:CC6.1").compliance("SOC2:CC6.6")
            .compliance("DORA:Art.9(4)(c)")
            .equivalent("checkov", "CKV_AWS_168")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        QueueTopicPolicies.forEach(module, reporter, QueueTopicPolicies.QUEUES, "whether the queue policy allows "
                + "everyone", doc -> QueueTopicPolicies.judgePublic(doc, reporter, "queue"));
    }
}
