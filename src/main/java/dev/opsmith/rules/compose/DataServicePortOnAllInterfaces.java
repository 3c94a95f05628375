package dev.opsmith.rules.compose;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.compose.ComposeProject;
import dev.opsmith.format.compose.ComposeService;
import dev.opsmith.format.compose.PortMapping;
import dev.opsmith.rules.RuleContext;

import java.util.Map;
import java.util.Optional;

/** A database or daemon port published on every interface is reachable from the network, past the host firewall. */
public final class DataServicePortOnAllInterfaces extends ComposeRule {
    static final RuleMeta META = RuleMeta.builder("CMP020", "Database, admin or daemon port published on all interfaces")
            .severity(Severity.HIGH).category(Category.SECURITY).format(Format.COMPOSE)
            .description("Reports a `ports` item (short or long syntax) published on every host interface (no host "
                    + "IP, `0.0.0.0`, `::` or `[::]`; fixed or random host port) whose container port, or any port of "
                    + "its range, is a database, admin or daemon port: Docker API 2375/2376, etcd 2379/2380, MySQL "
                    + "3306, PostgreSQL 5432, SQL Server 1433, Oracle 1521, MongoDB 27017–27019, Redis 6379, Memcached "
                    + "11211, Elasticsearch 9200/9300, Kibana 5601, CouchDB 5984, InfluxDB 8086, Cassandra 9042, Neo4j "
                    + "7474/7687, ClickHouse 8123, RabbitMQ 5672/15672, Kafka 9092, ZooKeeper 2181, Consul 8500, epmd "
                    + "4369, kubelet 10250. `rules.settings.CMP020.extra-ports` adds ports or ranges. When the "
                    + "container port is an unresolved variable the published port is judged; an unresolved host IP "
                    + "skips the item. Ports bound to a specific address (`127.0.0.1:5432:5432`, `[::1]:…`), `expose` "
                    + "and services on the host network (CMP004) are not reported.")
            .rationale("Docker publishes ports through its own iptables chain, ahead of host firewalls such as ufw or "
                    + "firewalld, so a published database port is reachable from every network the host is on. "
                    + "Databases, caches and daemon APIs are built to sit on a private network; exposed, they are the "
                    + "first thing scanners find, and several ship without authentication by default.")
            .remediation("Drop the `ports` item and let other services reach the database over the Compose network by "
                    + "service name; if a developer tool on the host needs it, bind it to loopback: "
                    + "`127.0.0.1:5432:5432`.")
            .reference("https://docs.docker.com/reference/compose-file/services/#ports")
            .reference("https://docs.docker.com/engine/network/packet-filtering-firewalls/")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(ComposeProject project, RuleContext context) {
        Map<Integer, String> table = PublishedPorts.dataPorts(context);
        for (ComposeService service : project.services()) {
            if (PublishedPorts.onHostNetwork(service)) continue;
            for (PortMapping port : service.ports()) {
                if (!PublishedPorts.allInterfaces(port).orElse(false)) continue;
                Optional<Integer> data = PublishedPorts.dataPort(port, table);
                if (data.isEmpty()) continue;
                report(context, service, port, "service \"" + service.name() + "\" publishes " + table.get(data.get())
                        + " port " + data.get() + " on every host interface (\"" + PublishedPorts.display(port)
                        + "\"); reach it over the Compose network, or bind it to 127.0.0.1")
                        .ifPresent(r -> r.property("port", Integer.toString(data.get())));
            }
        }
    }
}
