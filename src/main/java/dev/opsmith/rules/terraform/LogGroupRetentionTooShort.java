package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;
import dev.opsmith.format.terraform.value.Value;

import java.math.BigDecimal;

/** A CloudWatch log group that expires its events before the required retention period. */
public final class LogGroupRetentionTooShort extends TerraformRule {
    static final String MIN_DAYS = "minDays";
    static final int DEFAULT_MIN_DAYS = 365;

    static final RuleMeta META = RuleMeta.builder("AWS220", "Log group keeps logs for less than a year")
            .severity(Severity.MEDIUM).category(Category.SECURITY).format(Format.TERRAFORM)
            .description("An `aws_cloudwatch_log_group` whose `retention_in_days` is set below the minimum (default "
                    + "365 days, setting `rules.settings.AWS220.minDays`). Absent or 0 means the events never "
                    + "expire and is accepted here (AWS221, opt-in, reports it). An unknown value is left "
                    + "undecided.")
            .rationale("Investigations and audits reach back months: PCI DSS keeps audit logs for twelve months, "
                    + "and financial regulators expect the evidence of an incident to still exist when it is "
                    + "found.")
            .remediation("Raise `retention_in_days` to at least the minimum (e.g. 400), or export the logs to an "
                    + "archive with its own retention before they expire.")
            .reference("https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_PutRetentionPolicy.html")
            .compliance("NIST-800-53:AU-11").compliance("PCI-DSS-4.0:10.5.1")
            .compliance("SOC2:CC7.2").compliance("SOC2:CC7.3").compliance("DORA:Art.10(1)")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        int minDays = reporter.positiveSetting(MIN_DAYS, DEFAULT_MIN_DAYS);
        for (ResourceInstance group : reporter.resources(module, "aws_cloudwatch_log_group")) {
            var attribute = group.attribute("retention_in_days");
            if (attribute.isEmpty() || !reporter.inThisFile(attribute.get())) continue;
            Value v = attribute.get().value();
            if (v.isNull()) continue;
            String name = group.block().address();
            var at = attribute.get().source().node().span();
            if (!v.isKnown()) {
                reporter.undecided(at, "how long " + name + " keeps its logs", v.unknownReasons());
                continue;
            }
            BigDecimal days = v.number().orElse(null);
            if (days == null || days.signum() == 0) continue;
            if (days.compareTo(BigDecimal.valueOf(minDays)) < 0) {
                reporter.report(at, name + " keeps its logs " + days.toPlainString() + " days, below the "
                        + minDays + "-day minimum; raise retention_in_days");
            }
        }
    }

}
