package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;
import dev.opsmith.format.terraform.value.Value;

import java.math.BigDecimal;

/** A CloudWatch log group that never expires its events. */
public final class LogGroupRetentionNotSet extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS221", "Log group keeps logs forever")
            .severity(Severity.LOW).category(Category.HYGIENE).format(Format.TERRAFORM).optIn()
            .description("An `aws_cloudwatch_log_group` whose `retention_in_days` is absent, null or 0, all of which "
                    + "mean the events are kept indefinitely. Opt-in: some organisations keep audit logs forever on "
                    + "purpose. When the value is unknown, nothing is reported; --show-unknown names the unknown "
                    + "input.")
            .rationale("Logs kept without limit cost storage every month and keep personal data longer than any "
                    + "purpose requires (data minimisation); a stated retention period is also what auditors look "
                    + "for when they check that logs are kept as long as the policy says, and no longer.")
            .remediation("Set `retention_in_days` to the period your logging policy requires, for example 400 to "
                    + "cover PCI DSS's twelve months with margin.")
            .reference("https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_PutRetentionPolicy.html")
            .equivalent("checkov", "CKV_AWS_66")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        for (ResourceInstance group : reporter.resources(module, "aws_cloudwatch_log_group")) {
            String name = group.block().address();
            var attribute = group.attribute("retention_in_days");
            if (attribute.isEmpty()) {
                reporter.report(group.block().header(), name + " does not set retention_in_days, so its logs are "
                        + "kept forever; set the retention your logging policy requires");
                continue;
            }
            if (!reporter.inThisFile(attribute.get())) continue;
            Value v = attribute.get().value();
            if (!v.isKnown()) {
                reporter.undecided(attribute.get().source().node().span(),
                        "whether " + name + " expires its logs", v.unknownReasons());
            } else if (v.isNull() || v.number().map(n -> n.compareTo(BigDecimal.ZERO) == 0).orElse(false)) {
                reporter.report(group.block().header(), name + " sets retention_in_days = "
                        + (v.isNull() ? "null" : "0") + ", so its logs are kept forever; set the retention your "
                        + "logging policy requires");
            }
        }
    }
}
