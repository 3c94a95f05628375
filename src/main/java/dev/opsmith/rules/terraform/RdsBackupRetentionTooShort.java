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

/** A database instance or cluster whose automated backups are kept fewer days than required, or turned off. */
public final class RdsBackupRetentionTooShort extends TerraformRule {
    static final String MIN_DAYS = "minDays";
    static final int DEFAULT_MIN_DAYS = 7;

    static final RuleMeta META = RuleMeta.builder("AWS173", "Automated backups kept fewer than 7 days")
            .severity(Severity.MEDIUM).category(Category.RELIABILITY).format(Format.TERRAFORM)
            .description("An `aws_db_instance` or `aws_rds_cluster` whose `backup_retention_period` is absent (the "
                    + "API then keeps backups one day) or below the minimum (default 7 days, setting "
                    + "`rules.settings.AWS173.minDays`); 0 turns automated backups and point-in-time recovery off. "
                    + "Read replicas (`replicate_source_db`) are skipped. An unknown value is left undecided.")
            .rationale("Point-in-time recovery reaches back only as far as the retention period: a bad migration "
                    + "or a silent data corruption found after a weekend cannot be undone with one day of backups.")
            .remediation("Set `backup_retention_period` to at least 7 (up to 35), and keep longer-lived copies with "
                    + "AWS Backup.")
            .reference("https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_WorkingWithAutomatedBackups.html")
            .compliance("NIST-800-53:CP-9").compliance("PCI-DSS-4.0:12.10.1")
            .compliance("SOC2:A1.2").compliance("SOC2:A1.3").compliance("DORA:Art.11").compliance("DORA:Art.12(1)")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        int minDays = reporter.positiveSetting(MIN_DAYS, DEFAULT_MIN_DAYS);
        for (String type : List.of("aws_db_instance", "aws_rds_cluster")) {
            for (ResourceInstance db : reporter.resources(module, type)) {
                if (ExpectedFlag.isReplica(db)) continue;
                String name = db.block().address();
                var attribute = db.attribute("backup_retention_period");
                if (attribute.isEmpty() || attribute.get().value().isNull()) {
                    reporter.report(db.block().header(), name + " does not set backup_retention_period, so "
                            + "automated backups are kept one day; set it to at least " + minDays);
                    continue;
                }
                if (!reporter.inThisFile(attribute.get())) continue;
                Value v = attribute.get().value();
                var at = attribute.get().source().node().span();
                if (!v.isKnown()) {
                    reporter.undecided(at, "how long " + name + " keeps its backups", v.unknownReasons());
                    continue;
                }
                BigDecimal days = v.number().orElse(null);
                if (days == null) continue;
                if (days.signum() == 0) {
                    reporter.report(at, name + " sets backup_retention_period = 0, which turns automated backups "
                            + "and point-in-time recovery off; set it to at least " + minDays);
                } else if (days.compareTo(BigDecimal.valueOf(minDays)) < 0) {
                    reporter.report(at, name + " keeps automated backups " + days.toPlainString() + " days, below "
                            + "the " + minDays + "-day minimum; raise backup_retention_period");
                }
            }
        }
    }
}
