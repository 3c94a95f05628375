package dev.opsmith.rules.terraform;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.rules.terraform.support.PortRange;
import dev.opsmith.rules.terraform.support.SecurityGroupRules.Direction;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** A database or data-store port reachable from the whole internet through a security group. */
public final class SecurityGroupDatabasePortOpenToWorld extends TerraformRule {
    static final RuleMeta META = RuleMeta.builder("AWS113", "Database or data-store port open to the internet")
            .severity(Severity.CRITICAL).category(Category.SECURITY).format(Format.TERRAFORM)
            .description("An ingress rule that admits the whole internet (`0.0.0.0/0`, `::/0`, any `/0` prefix) to a "
                    + "port range containing a database or data-store port: SQL Server (1433, 1434), Oracle (1521, "
                    + "2483, 2484), MySQL (3306), PostgreSQL (5432), Redshift (5439), Redis (6379), Cassandra (7000, "
                    + "7001, 9042), InfluxDB (8086), Elasticsearch/OpenSearch (9200, 9300), Memcached (11211), MongoDB "
                    + "(27017–27019), DB2 (50000), CouchDB (5984), Kafka (9092, 9094, 9098) and ZooKeeper (2181). "
                    + "Rules that open every port are left to AWS112. All four ways of writing a rule are read; "
                    + "when the ports, protocol or sources are unknown, nothing is reported (--show-unknown names the "
                    + "unknown inputs).")
            .rationale("Data stores hold the cardholder and customer data itself; exposed ones are found by "
                    + "internet-wide scans within hours and attacked with default or leaked credentials "
                    + "(PCI DSS 1.3.1, 1.4.4: stored account data must not be reachable from untrusted networks).")
            .remediation("Admit the database port only from the application tier's security group; reach it for "
                    + "administration through a bastion, a VPN or SSM port forwarding.")
            .reference("https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Overview.RDSSecurityGroups.html")
            .compliance("PCI-DSS-4.0:1.3.1").compliance("PCI-DSS-4.0:1.4.4").compliance("NIST-800-53:SC-7")
            .compliance("SOC2:CC6.1").compliance("SOC2:CC6.6").compliance("DORA:Art.9(4)(c)")
            .build();

    /** The shipped {@code database-ports} table of the plan. */
    static final Set<Integer> PORTS = Set.of(1433, 1434, 1521, 2483, 2484, 3306, 5432, 5439, 6379, 7000, 7001,
            9042, 8086, 9200, 9300, 11211, 27017, 27018, 27019, 50000, 5984, 9092, 9094, 9098, 2181);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(EvaluatedModule module, Reporter reporter) {
        WorldIngress.check(module, reporter, Direction.INGRESS, SecurityGroupDatabasePortOpenToWorld::exposed,
                "a database port", "admit it only from the application tier's security group");
    }

    static Optional<String> exposed(PortRange ports) {
        if (ports.isAllPorts()) return Optional.empty();
        Set<Integer> hit = new TreeSet<>(ports.containsAny(PORTS));
        if (hit.isEmpty()) return Optional.empty();
        return Optional.of("database port" + (hit.size() == 1 ? " " : "s ")
                + hit.stream().map(String::valueOf).collect(Collectors.joining(", ")));
    }
}
