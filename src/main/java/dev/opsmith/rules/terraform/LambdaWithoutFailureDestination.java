package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedBlock;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;
import dev.opsmith.format.terraform.value.Value;
import dev.opsmith.rules.terraform.support.References;

import java.util.ArrayList;
import java.util.List;

/** A Lambda function whose failed asynchronous invocations are discarded after the retries. */
public final class LambdaWithoutFailureDestination extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS241", "Asynchronous failures are dropped")
            .severity(Severity.LOW).category(Category.RELIABILITY).format(Format.TERRAFORM)
            .description("An `aws_lambda_function` with neither a `dead_letter_config` naming a `target_arn` nor "
                    + "an `aws_lambda_function_event_invoke_config` of the same module, referring to it by "
                    + "`function_name`, with a `destination_config { on_failure { ... } }`. When an invoke "
                    + "configuration's `function_name` is unknown, functions it could belong to are left "
                    + "undecided; --show-unknown names the unknown inputs.")
            .rationale("Events from S3, SNS, EventBridge and other asynchronous sources are retried twice and "
                    + "then thrown away. Without a dead-letter queue or an on-failure destination a failed "
                    + "payment notification or settlement file leaves no trace to replay.")
            .remediation("Add `dead_letter_config { target_arn = aws_sqs_queue.dlq.arn }`, or an "
                    + "`aws_lambda_function_event_invoke_config` with `destination_config { on_failure { "
                    + "destination = ... } }` (it also records the error and the request context).")
            .reference("https://docs.aws.amazon.com/lambda/latest/dg/invocation-async-retain-records.html")
            .compliance("NIST-800-53:CP-10").compliance("SOC2:A1.2").compliance("DORA:Art.11")
            .build();

    private static final String INVOKE_CONFIG = "aws_lambda_function_event_invoke_config";

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        for (ResourceInstance function : reporter.resources(module, "aws_lambda_function")) {
            String name = function.block().address();
            List<String> unknown = new ArrayList<>();
            if (hasDeadLetterTarget(function, unknown)) continue;
            References.Referrers configs = References.referrers(module, function, INVOKE_CONFIG, "function_name",
                    "function_name", "arn");
            if (configs.resources().stream().anyMatch(c -> hasOnFailure(c, unknown))) continue;
            unknown.addAll(configs.unknownReasons());
            if (!unknown.isEmpty()) {
                reporter.undecided(function.block().header(), "whether " + name + " keeps failed asynchronous "
                        + "events", unknown);
            } else {
                reporter.report(function.block().header(), name + " has no dead-letter queue and no on-failure "
                        + "destination, so failed asynchronous events are dropped; add one");
            }
        }
    }

    private static boolean hasDeadLetterTarget(ResourceInstance function, List<String> unknown) {
        for (EvaluatedBlock dlq : function.blocks("dead_letter_config")) {
            if (dlq.undecided().isPresent()) {
                unknown.addAll(dlq.undecided().get().unknownReasons());
                continue;
            }
            if (isSet(dlq.attribute("target_arn").map(a -> a.value()).orElse(Value.absent("target_arn")))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasOnFailure(ResourceInstance config, List<String> unknown) {
        for (EvaluatedBlock destinations : config.blocks("destination_config")) {
            if (destinations.undecided().isPresent()) {
                unknown.addAll(destinations.undecided().get().unknownReasons());
                continue;
            }
            for (EvaluatedBlock onFailure : destinations.blocks("on_failure")) {
                if (onFailure.undecided().isPresent()) {
                    unknown.addAll(onFailure.undecided().get().unknownReasons());
                    continue;
                }
                if (isSet(onFailure.attribute("destination").map(a -> a.value()).orElse(Value.absent("destination")))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Written and not null or empty; an unknown value (an ARN known after apply) is set. */
    private static boolean isSet(Value v) {
        if (v.isAbsent() || v.isNull()) return false;
        return !v.isKnown() || v.string().map(s -> !s.isBlank()).orElse(true);
    }
}
