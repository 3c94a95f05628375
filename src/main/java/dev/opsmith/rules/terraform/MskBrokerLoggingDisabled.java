package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedBlock;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;
import dev.opsmith.format.terraform.value.Value;

import java.util.ArrayList;
import java.util.List;

/** An MSK cluster whose broker logs go nowhere. */
public final class MskBrokerLoggingDisabled extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS302", "Kafka broker logs not delivered")
            .severity(Severity.MEDIUM).category(Category.SECURITY).format(Format.TERRAFORM)
            .description("An `aws_msk_cluster` without `logging_info.broker_logs`, or whose `cloudwatch_logs`, "
                    + "`firehose` and `s3` destinations are all missing or have `enabled` absent or false. When a "
                    + "destination's flag is unknown, or a `dynamic` block's `for_each` is, nothing is reported; "
                    + "--show-unknown names the unknown inputs.")
            .rationale("Broker logs record client connections, authentication and authorisation failures and "
                    + "broker errors: the evidence needed to investigate who produced or consumed a topic and why "
                    + "a cluster degraded (PCI DSS 10.2.1).")
            .remediation("Add `logging_info { broker_logs { cloudwatch_logs { enabled = true log_group = "
                    + "aws_cloudwatch_log_group.kafka.name } } }` (or a Firehose or S3 destination).")
            .reference("https://docs.aws.amazon.com/msk/latest/developerguide/msk-logging.html")
            .compliance("PCI-DSS-4.0:10.2.1").compliance("NIST-800-53:AU-2").compliance("NIST-800-53:AU-12")
            .compliance("SOC2:CC7.2").compliance("SOC2:CC7.3").compliance("DORA:Art.10(1)")
            .equivalent("checkov", "CKV_AWS_80").equivalent("trivy", "AVD-AWS-0074")
            .equivalent("tfsec", "aws-msk-enable-logging")
            .build();

    private static final List<String> DESTINATIONS = List.of("cloudwatch_logs", "firehose", "s3");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        for (ResourceInstance cluster : reporter.resources(module, "aws_msk_cluster")) {
            String name = cluster.block().address();
            String question = "whether " + name + " delivers its broker logs";
            NestedBlock.Result logs = NestedBlock.find(cluster, "logging_info", "broker_logs");
            if (logs.state() == NestedBlock.State.UNDECIDED) {
                reporter.undecided(logs.nearest(), question, logs.unknownReasons());
                continue;
            }
            List<String> unknown = new ArrayList<>();
            boolean delivered = false;
            if (logs.found()) {
                for (String destination : DESTINATIONS) {
                    for (EvaluatedBlock d : logs.block().get().blocks(destination)) {
                        if (d.undecided().isPresent()) {
                            unknown.addAll(d.undecided().get().unknownReasons());
                            continue;
                        }
                        Value enabled = d.attribute("enabled").map(a -> a.value()).orElse(Value.absent("enabled"));
                        if (enabled.isTrue()) delivered = true;
                        else if (!enabled.isKnown() && !enabled.isAbsent()) unknown.addAll(enabled.unknownReasons());
                    }
                }
            }
            if (delivered) continue;
            if (!unknown.isEmpty()) {
                reporter.undecided(logs.nearest(), question, unknown);
            } else {
                reporter.report(cluster.block().header(), name + " delivers its broker logs nowhere; add "
                        + "logging_info.broker_logs with an enabled cloudwatch_logs, firehose or s3 destination");
            }
        }
    }
}
