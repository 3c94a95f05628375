package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;
import dev.opsmith.format.terraform.value.Value;
import dev.opsmith.rules.terraform.support.Link;
import dev.opsmith.rules.terraform.support.References;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** An SQS queue whose poison messages are retried until they expire, with no dead-letter queue to keep them. */
public final class SqsQueueWithoutDeadLetterQueue extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS262", "Queue has no dead-letter queue")
            .severity(Severity.LOW).category(Category.RELIABILITY).format(Format.TERRAFORM).optIn()
            .description("An `aws_sqs_queue` without a `redrive_policy` (AWS provider v3 style) and without an "
                    + "`aws_sqs_queue_redrive_policy` of the same module whose `queue_url` refers to it (v4+). "
                    + "Queues that are themselves a dead-letter queue are skipped: those with a "
                    + "`redrive_allow_policy` (inline or as `aws_sqs_queue_redrive_allow_policy`) and those another "
                    + "queue's redrive policy names as `deadLetterTargetArn`. Opt-in: some queues are drained by "
                    + "consumers that handle failures themselves. When a redrive resource's `queue_url` or a "
                    + "redrive policy's target is unknown, the queues it could concern are left undecided; "
                    + "--show-unknown names the unknown inputs.")
            .rationale("A message that always fails (a malformed payment instruction) is received again and again "
                    + "until its retention period ends and is then lost, while it keeps consumers busy. A "
                    + "dead-letter queue moves it aside after a few attempts so that it can be inspected and "
                    + "replayed.")
            .remediation("Create a dead-letter queue and set `redrive_policy = jsonencode({ deadLetterTargetArn = "
                    + "aws_sqs_queue.dlq.arn, maxReceiveCount = 5 })` (or an `aws_sqs_queue_redrive_policy`); alarm "
                    + "on the dead-letter queue's depth.")
            .reference("https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-dead-letter-queues.html")
            .compliance("NIST-800-53:CP-10").compliance("SOC2:A1.2").compliance("DORA:Art.11")
            .build();

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        List<ResourceInstance> queues = module.resources("aws_sqs_queue");
        List<String> unknownTargets = new ArrayList<>();
        List<ResourceInstance> targets = deadLetterTargets(module, queues, unknownTargets);
        for (ResourceInstance queue : reporter.resources(module, "aws_sqs_queue")) {
            if (isWritten(queue.value("redrive_policy")) || isWritten(queue.value("redrive_allow_policy"))) continue;
            if (targets.stream().anyMatch(t -> t.address().equals(queue.address()))) continue;
            References.Referrers redrives = References.referrers(module, queue, "aws_sqs_queue_redrive_policy",
                    "queue_url", "url");
            References.Referrers allows = References.referrers(module, queue,
                    "aws_sqs_queue_redrive_allow_policy", "queue_url", "url");
            if (!redrives.isEmpty() || !allows.isEmpty()) continue;
            List<String> unknown = new ArrayList<>(unknownTargets);
            unknown.addAll(redrives.unknownReasons());
            unknown.addAll(allows.unknownReasons());
            String name = queue.block().address();
            if (!unknown.isEmpty()) {
                reporter.undecided(queue.block().header(), "whether " + name + " has a dead-letter queue", unknown);
            } else {
                reporter.report(queue.block().header(), name + " has no dead-letter queue, so messages that keep "
                        + "failing are retried until they expire and are lost; add a redrive policy");
            }
        }
    }

    /**
     * The queues some redrive policy of the module names as {@code deadLetterTargetArn}. A policy that refers to a
     * queue's ARN is unknown before apply and linked by its reason; a known one is read as JSON and linked by
     * the queue name at the end of the ARN.
     */
    private static List<ResourceInstance> deadLetterTargets(EvaluatedModule module, List<ResourceInstance> queues,
                                                            List<String> unknown) {
        List<Value> policies = new ArrayList<>();
        for (ResourceInstance q : queues) policies.add(q.value("redrive_policy"));
        for (ResourceInstance r : module.resources("aws_sqs_queue_redrive_policy")) {
            policies.add(r.value("redrive_policy"));
        }
        List<ResourceInstance> targets = new ArrayList<>();
        for (Value policy : policies) {
            if (!isWritten(policy)) continue;
            if (!policy.isKnown()) {
                Link link = References.link(policy, queues);
                if (link.isLinked()) targets.add(link.target().get());
                else unknown.addAll(policy.unknownReasons());
                continue;
            }
            targetArn(policy).ifPresent(arn -> {
                for (ResourceInstance q : queues) {
                    Optional<String> queueName = q.value("name").string();
                    if (queueName.isPresent() && arn.endsWith(":" + queueName.get())) targets.add(q);
                }
            });
        }
        return targets;
    }

    private static Optional<String> targetArn(Value policy) {
        if (policy.isMap()) return policy.get("deadLetterTargetArn").string();
        Optional<String> text = policy.string();
        if (text.isEmpty()) return Optional.empty();
        try {
            JsonNode tree = JSON.readTree(text.get());
            JsonNode arn = tree == null ? null : tree.get("deadLetterTargetArn");
            return arn != null && arn.isString() ? Optional.of(arn.asString()) : Optional.empty();
        } catch (JacksonException notJson) {
            return Optional.empty();
        }
    }

    /** Written, not null and not an empty string; an unknown value is written. */
    private static boolean isWritten(Value v) {
        if (v.isAbsent() || v.isNull()) return false;
        return !v.isKnown() || v.string().map(s -> !s.isBlank()).orElse(true);
    }
}
