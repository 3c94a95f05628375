package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;
import dev.opsmith.format.terraform.value.Value;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A database that keeps its audit-relevant logs on the host instead of exporting them to CloudWatch Logs. */
public final class RdsLogExportsMissing extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS181", "Database logs not exported to CloudWatch")
            .severity(Severity.MEDIUM).category(Category.SECURITY).format(Format.TERRAFORM)
            .description("An `aws_db_instance` or `aws_rds_cluster` whose `enabled_cloudwatch_logs_exports` is "
                    + "absent or lacks the engine's audit-relevant logs: `postgresql` for PostgreSQL and Aurora "
                    + "PostgreSQL; `audit` and `error` for MySQL, MariaDB and Aurora MySQL; `alert` and `audit` for "
                    + "Oracle; `error` and `agent` for SQL Server. Aurora members are covered by their cluster. "
                    + "Resources without a known engine are skipped or, when the engine is unknown, left undecided.")
            .rationale("Logs kept only on the database host rotate away within days and are lost with the "
                    + "instance. Exported to CloudWatch Logs they can be retained, protected and searched when "
                    + "access to cardholder data has to be reconstructed (PCI DSS 10.2.1).")
            .remediation("List the engine's logs in `enabled_cloudwatch_logs_exports` (for MySQL-family engines also "
                    + "turn on the audit plugin in the parameter or option group) and give the log groups a "
                    + "retention.")
            .reference("https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_LogAccess.Procedural.UploadtoCloudWatch.html")
            .compliance("NIST-800-53:AU-2").compliance("NIST-800-53:AU-12").compliance("PCI-DSS-4.0:10.2.1")
            .compliance("SOC2:CC7.2").compliance("SOC2:CC7.3").compliance("DORA:Art.10(1)")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        for (String type : List.of("aws_db_instance", "aws_rds_cluster")) {
            for (ResourceInstance db : reporter.resources(module, type)) {
                check(reporter, db);
            }
        }
    }

    private static void check(Reporter reporter, ResourceInstance db) {
        String name = db.block().address();
        Value engine = db.value("engine");
        if (engine.isAbsent() || engine.isNull()) return;
        if (!engine.isKnown()) {
            reporter.undecided(db.block().header(), "which logs " + name + " must export", engine.unknownReasons());
            return;
        }
        Optional<List<String>> wanted = engine.string().map(RdsLogExportsMissing::auditLogs);
        if (wanted.isEmpty() || wanted.get().isEmpty()) return;
        var attribute = db.attribute("enabled_cloudwatch_logs_exports");
        if (attribute.isEmpty() || attribute.get().value().isNull()) {
            reporter.report(db.block().header(), name + " exports no logs to CloudWatch; set "
                    + "enabled_cloudwatch_logs_exports to include " + String.join(", ", wanted.get()));
            return;
        }
        if (!reporter.inThisFile(attribute.get())) return;
        Value list = attribute.get().value();
        var span = attribute.get().source().node().span();
        if (!list.isKnown()) {
            reporter.undecided(span, "which logs " + name + " exports", list.unknownReasons());
            return;
        }
        List<String> exported = new ArrayList<>();
        boolean someUnknown = false;
        for (Value item : list.items()) {
            if (item.isKnown()) item.string().ifPresent(exported::add);
            else someUnknown = true;
        }
        List<String> missing = wanted.get().stream().filter(log -> !exported.contains(log)).toList();
        if (missing.isEmpty()) return;
        if (someUnknown) {
            reporter.undecided(span, "whether " + name + " exports " + String.join(", ", missing),
                    list.unknownReasons());
            return;
        }
        reporter.report(span, name + " does not export " + String.join(", ", missing)
                + " to CloudWatch; add them to enabled_cloudwatch_logs_exports");
    }

    /** The logs an engine must export; empty for engines this rule has no table for. */
    private static List<String> auditLogs(String engine) {
        if (engine.equals("postgres") || engine.equals("aurora-postgresql")) return List.of("postgresql");
        if (engine.equals("mysql") || engine.equals("mariadb") || engine.equals("aurora-mysql")
                || engine.equals("aurora")) return List.of("audit", "error");
        if (engine.startsWith("oracle-")) return List.of("alert", "audit");
        if (engine.startsWith("sqlserver-")) return List.of("error", "agent");
        return List.of();
    }
}
