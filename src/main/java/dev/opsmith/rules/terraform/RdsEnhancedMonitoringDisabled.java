package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;
import dev.opsmith.format.terraform.value.Value;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** A database instance without Enhanced Monitoring, so operating-system metrics of the host are not collected. */
public final class RdsEnhancedMonitoringDisabled extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS182", "Enhanced monitoring off")
            .severity(Severity.LOW).category(Category.RELIABILITY).format(Format.TERRAFORM).optIn()
            .description("An `aws_db_instance` or `aws_rds_cluster_instance` with `monitoring_interval` absent (the "
                    + "default, 0) or 0. Opt-in: it is a monitoring choice and needs a monitoring role. An unknown "
                    + "value is left undecided.")
            .rationale("Enhanced Monitoring reports process, memory and disk metrics of the database host at up to "
                    + "one-second resolution; hypervisor-level CloudWatch metrics miss short saturation that causes "
                    + "payment timeouts.")
            .remediation("Set `monitoring_interval` to 1, 5, 10, 15, 30 or 60 and `monitoring_role_arn` to a role "
                    + "with the AmazonRDSEnhancedMonitoringRole policy.")
            .reference("https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_Monitoring.OS.html")
            .compliance("NIST-800-53:SI-4").compliance("SOC2:CC7.2").compliance("DORA:Art.10(1)")
            .equivalent("checkov", "CKV_AWS_118")
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
                var attribute = db.attribute("monitoring_interval");
                if (attribute.isEmpty() || attribute.get().value().isNull()) {
                    reporter.report(db.block().header(), name + " does not set monitoring_interval, so Enhanced "
                            + "Monitoring is off; set monitoring_interval (for example 60) and monitoring_role_arn");
                    continue;
                }
                if (!reporter.inThisFile(attribute.get())) continue;
                Value v = attribute.get().value();
                var span = attribute.get().source().node().span();
                Optional<BigDecimal> seconds = v.number();
                if (seconds.isPresent() && seconds.get().signum() == 0) {
                    reporter.report(span, name + " sets monitoring_interval = 0, which turns Enhanced Monitoring "
                            + "off; set it to 1, 5, 10, 15, 30 or 60 with monitoring_role_arn");
                } else if (!v.isKnown()) {
                    reporter.undecided(span, "whether " + name + " has Enhanced Monitoring", v.unknownReasons());
                }
            }
        }
    }
}
