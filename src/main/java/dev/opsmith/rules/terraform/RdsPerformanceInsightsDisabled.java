package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;

import java.util.List;

/** A database instance without Performance Insights, so load and slow queries cannot be looked at afterwards. */
public final class RdsPerformanceInsightsDisabled extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS183", "Performance Insights off")
            .severity(Severity.LOW).category(Category.RELIABILITY).format(Format.TERRAFORM).optIn()
            .description("An `aws_db_instance` or `aws_rds_cluster_instance` with `performance_insights_enabled` "
                    + "absent (the provider's default is false) or false. Opt-in: whether every database needs it "
                    + "is a monitoring choice of the organisation. An unknown value is left undecided.")
            .rationale("Performance Insights keeps a history of database load by wait event and SQL statement. "
                    + "Without it, diagnosing an incident after the fact (a saturated payments database during a "
                    + "peak) rests on coarse CloudWatch metrics.")
            .remediation("Set `performance_insights_enabled = true`, with `performance_insights_kms_key_id` naming "
                    + "a customer-managed key (the data includes SQL text).")
            .reference("https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_PerfInsights.html")
            .compliance("NIST-800-53:SI-4").compliance("SOC2:CC7.2").compliance("DORA:Art.10(1)")
            .equivalent("checkov", "CKV_AWS_353")
            .equivalent("trivy", "AVD-AWS-0133").equivalent("tfsec", "aws-rds-enable-performance-insights")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        for (String type : List.of("aws_db_instance", "aws_rds_cluster_instance")) {
            for (ResourceInstance db : reporter.resources(module, type)) {
                String name = db.block().address();
                ExpectedFlag.check(reporter, db.block().header(), db.attribute("performance_insights_enabled"),
                        true, false, name + " does not set performance_insights_enabled, so database load is not "
                                + "recorded; set performance_insights_enabled = true",
                        name + " sets performance_insights_enabled = false; set it to true",
                        "whether " + name + " has Performance Insights");
            }
        }
    }
}
