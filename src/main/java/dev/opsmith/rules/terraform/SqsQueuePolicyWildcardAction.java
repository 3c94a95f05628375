package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.rules.terraform.support.PolicyDocument;
import dev.opsmith.rules.terraform.support.PolicyStatement;
import dev.opsmith.rules.terraform.support.PolicyString;
import dev.opsmith.rules.terraform.support.Tri;

import java.util.List;
import java.util.Locale;

/** An SQS queue policy that grants every SQS action, management ones included. */
public final class SqsQueuePolicyWildcardAction extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS258", "Queue policy allows every SQS action")
            .severity(Severity.MEDIUM).category(Category.SECURITY).format(Format.TERRAFORM)
            .description("A statement of a queue policy (`aws_sqs_queue.policy` or `aws_sqs_queue_policy.policy`, "
                    + "in any form) with `Effect = \"Allow\"` and an `Action` of `*`, `*:*` or `sqs:*`. When the "
                    + "policy or its actions are unknown, nothing is reported; --show-unknown names the unknown "
                    + "inputs.")
            .rationale("`sqs:*` lets the principals not only send and receive but also purge the queue, delete "
                    + "it, change its attributes (redrive, encryption) and rewrite its policy; a producer or "
                    + "consumer needs a handful of actions.")
            .remediation("List the actions each principal needs, such as `sqs:SendMessage` for producers and "
                    + "`sqs:ReceiveMessage`, `sqs:DeleteMessage` and `sqs:ChangeMessageVisibility` for consumers.")
            .reference("https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-api-permissions-reference.html")
            .compliance("NIST-800-53:AC-6").compliance("SOC2:CC6.1").compliance("SOC2:CC6.3")
            .compliance("DORA:Art.9(4)(c)")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        QueueTopicPolicies.forEach(module, reporter, QueueTopicPolicies.QUEUES,
                "whether the queue policy allows every action", doc -> judge(doc, reporter));
    }

    private static void judge(PolicyDocument doc, Reporter reporter) {
        boolean found = false;
        String question = "whether " + doc.name() + " allows every SQS action";
        for (PolicyStatement s : doc.statements()) {
            Tri all = s.isAllow().and(s.actions().strings().any(SqsQueuePolicyWildcardAction::isWildcard));
            found |= all.isYes();
            List<PolicyString> star = s.actions().strings().matching(SqsQueuePolicyWildcardAction::isWildcard);
            IamPolicyScan.decide(reporter, s, all, star.isEmpty() ? s.span() : star.get(0).span(),
                    doc.name() + " allows every SQS action (" + (star.isEmpty() ? "*" : star.get(0).text().orElse("*"))
                            + "), including purging and deleting the queue; list the actions its principals need",
                    question);
        }
        if (!found) IamPolicyScan.undecidedRest(reporter, doc, question);
    }

    private static boolean isWildcard(String action) {
        String a = action.strip().toLowerCase(Locale.ROOT);
        return a.equals("*") || a.equals("*:*") || a.equals("sqs:*");
    }
}
