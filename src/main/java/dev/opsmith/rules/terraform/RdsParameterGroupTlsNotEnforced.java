package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedBlock;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ResourceInstance;
import dev.opsmith.format.terraform.value.Value;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A database parameter group (or the default group of a database) that accepts unencrypted client connections:
 * PostgreSQL without {@code rds.force_ssl = 1}, MySQL and MariaDB without {@code require_secure_transport = ON}.
 */
public final class RdsParameterGroupTlsNotEnforced extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS187", "Database parameter group does not require TLS")
            .severity(Severity.MEDIUM).category(Category.SECURITY).format(Format.TERRAFORM)
            .description("An `aws_db_parameter_group` or `aws_rds_cluster_parameter_group` whose `family` is "
                    + "PostgreSQL (`postgres*`, `aurora-postgresql*`) and that sets `rds.force_ssl` to 0, or leaves "
                    + "it out on a version before 15 (from 15 the engine default is 1); or whose family is MySQL or "
                    + "MariaDB (`mysql*`, `mariadb*`, and `aurora-mysql*` for cluster groups) without "
                    + "`require_secure_transport` set to `ON` or `1`. Instance groups of Aurora MySQL are skipped "
                    + "(the setting belongs to the cluster group). An `aws_db_instance` without "
                    + "`parameter_group_name` on MySQL or MariaDB, or on PostgreSQL before 15, and an Aurora MySQL "
                    + "`aws_rds_cluster` without `db_cluster_parameter_group_name`, use a default group that does "
                    + "not require TLS and are reported at the resource. Unknown values are left undecided.")
            .rationale("Without the server enforcing TLS, any client (or a misconfigured driver) can connect in "
                    + "clear text, exposing credentials and card or account data on the network; PCI DSS requires "
                    + "strong cryptography for such data in transit.")
            .remediation("Use a custom parameter group with `parameter { name = \"rds.force_ssl\" value = \"1\" }` "
                    + "(PostgreSQL) or `parameter { name = \"require_secure_transport\" value = \"ON\" }` (MySQL, "
                    + "MariaDB), and point the database at it.")
            .reference("https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/UsingWithRDS.SSL.html")
            .compliance("NIST-800-53:SC-8").compliance("PCI-DSS-4.0:4.2.1")
            .compliance("SOC2:CC6.7").compliance("DORA:Art.9(2)")
            .build();

    private enum Engine { POSTGRES, MYSQL, OTHER }

    private static final Pattern VERSION = Pattern.compile("(\\d+)");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        for (String type : List.of("aws_db_parameter_group", "aws_rds_cluster_parameter_group")) {
            for (ResourceInstance group : reporter.resources(module, type)) {
                checkGroup(reporter, group, type.equals("aws_rds_cluster_parameter_group"));
            }
        }
        for (ResourceInstance db : reporter.resources(module, "aws_db_instance")) {
            checkDefault(reporter, db, "parameter_group_name", false);
        }
        for (ResourceInstance cluster : reporter.resources(module, "aws_rds_cluster")) {
            checkDefault(reporter, cluster, "db_cluster_parameter_group_name", true);
        }
    }

    private static void checkGroup(Reporter reporter, ResourceInstance group, boolean clusterGroup) {
        String name = group.block().address();
        Value family = group.value("family");
        if (!family.isKnown()) {
            if (!family.isAbsent()) reporter.undecided(group.block().header(), "whether " + name + " requires TLS",
                    family.unknownReasons());
            return;
        }
        String f = family.string().orElse("");
        Engine engine = engine(f);
        if (engine == Engine.OTHER || (f.startsWith("aurora-mysql") && !clusterGroup)) return;
        String parameter = engine == Engine.POSTGRES ? "rds.force_ssl" : "require_secure_transport";
        for (EvaluatedBlock block : group.blocks("parameter")) {
            if (block.undecided().isPresent()) {
                reporter.undecided(block.source().node().typeSpan(), "whether " + name + " requires TLS",
                        block.undecided().get().unknownReasons());
                return;
            }
            Value paramName = block.attribute("name").map(a -> a.value()).orElse(Value.absent("name"));
            if (!paramName.isKnown()) {
                reporter.undecided(block.source().node().typeSpan(), "whether " + name + " requires TLS",
                        paramName.unknownReasons());
                return;
            }
            if (!paramName.string().map(parameter::equals).orElse(false)) continue;
            var valueAttribute = block.attribute("value");
            if (valueAttribute.isEmpty() || !reporter.inThisFile(valueAttribute.get())) return;
            Value v = valueAttribute.get().value();
            var at = valueAttribute.get().source().node().span();
            if (!v.isKnown()) {
                reporter.undecided(at, "whether " + name + " requires TLS", v.unknownReasons());
            } else if (!enforces(v)) {
                reporter.report(at, name + " sets " + parameter + " to " + text(v) + ", so clients may connect "
                        + "without TLS; set it to " + (engine == Engine.POSTGRES ? "\"1\"" : "\"ON\""));
            }
            return;
        }
        if (engine == Engine.POSTGRES && version(f).map(v -> v >= 15).orElse(true)) return;
        reporter.report(group.block().header(), name + " does not set " + parameter + ", so clients may connect "
                + "without TLS; add parameter { name = \"" + parameter + "\" value = \""
                + (engine == Engine.POSTGRES ? "1" : "ON") + "\" }");
    }

    /** A database on its engine's default parameter group, where that group does not require TLS. */
    private static void checkDefault(Reporter reporter, ResourceInstance db, String groupAttribute, boolean cluster) {
        Value group = db.value(groupAttribute);
        if (!group.isAbsent() && !group.isNull()) return;
        Value engine = db.value("engine");
        if (!engine.isKnown()) return;
        String e = engine.string().orElse(cluster ? "aurora" : "");
        boolean mysql = e.equals("mysql") || e.equals("mariadb") || e.equals("aurora-mysql") || e.equals("aurora");
        boolean oldPostgres = false;
        if (!cluster && e.equals("postgres")) {
            Value version = db.value("engine_version");
            oldPostgres = version.isKnown() && version.string().flatMap(RdsParameterGroupTlsNotEnforced::version)
                    .map(v -> v < 15).orElse(false);
        }
        if (cluster && !mysql) return;
        if (!mysql && !oldPostgres) return;
        String name = db.block().address();
        reporter.report(db.block().header(), name + " uses the default parameter group, which does not require "
                + "TLS from clients; set " + groupAttribute + " to a group that enforces it");
    }

    private static Engine engine(String family) {
        if (family.startsWith("postgres") || family.startsWith("aurora-postgresql")) return Engine.POSTGRES;
        if (family.startsWith("mysql") || family.startsWith("mariadb") || family.startsWith("aurora-mysql")
                || family.startsWith("aurora5.6")) {
            return Engine.MYSQL;
        }
        return Engine.OTHER;
    }

    private static Optional<Integer> version(String text) {
        Matcher m = VERSION.matcher(text);
        return m.find() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
    }

    private static boolean enforces(Value v) {
        String s = text(v).strip();
        return s.equals("1") || s.equalsIgnoreCase("ON") || s.equalsIgnoreCase("true");
    }

    private static String text(Value v) {
        return v.string().orElseGet(() -> v.number().map(n -> n.toPlainString())
                .orElseGet(() -> v.bool().map(String::valueOf).orElse("?")));
    }
}
