package dev.opsmith.rules.compose;

import dev.opsmith.format.compose.ComposeNode;
import dev.opsmith.format.compose.ComposeService;
import dev.opsmith.format.compose.PortMapping;
import dev.opsmith.rules.RuleContext;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The networking family's reading of a service's {@code ports}: which fields are known after {@code .env}
 * interpolation (a field still holding {@code $} is unknown and not judged), port ranges, and the table of
 * database, admin and daemon ports (CMP020). Services on the host network are left out: Compose ignores their
 * {@code ports} (CMP004 reports them).
 */
final class PublishedPorts {
    /** Ports that should never be reachable from every interface of the host, with what usually listens there. */
    static final Map<Integer, String> DATA_PORTS;

    static {
        Map<Integer, String> m = new LinkedHashMap<>();
        m.put(2375, "Docker API");
        m.put(2376, "Docker API (TLS)");
        m.put(2379, "etcd");
        m.put(2380, "etcd peer");
        m.put(3306, "MySQL/MariaDB");
        m.put(5432, "PostgreSQL");
        m.put(1433, "SQL Server");
        m.put(1521, "Oracle");
        m.put(27017, "MongoDB");
        m.put(27018, "MongoDB");
        m.put(27019, "MongoDB");
        m.put(6379, "Redis");
        m.put(11211, "Memcached");
        m.put(9200, "Elasticsearch/OpenSearch");
        m.put(9300, "Elasticsearch/OpenSearch transport");
        m.put(5601, "Kibana");
        m.put(5984, "CouchDB");
        m.put(8086, "InfluxDB");
        m.put(9042, "Cassandra");
        m.put(7474, "Neo4j HTTP");
        m.put(7687, "Neo4j Bolt");
        m.put(8123, "ClickHouse HTTP");
        m.put(5672, "RabbitMQ");
        m.put(15672, "RabbitMQ management");
        m.put(9092, "Kafka");
        m.put(2181, "ZooKeeper");
        m.put(8500, "Consul");
        m.put(4369, "Erlang epmd");
        m.put(10250, "kubelet");
        DATA_PORTS = Map.copyOf(m);
    }

    /** An inclusive port range; a single port is a range of one. */
    record Range(int first, int last) {
        boolean contains(int port) {
            return port >= first && port <= last;
        }

        boolean overlaps(Range other) {
            return first <= other.last && other.first <= last;
        }

        @Override
        public String toString() {
            return first == last ? Integer.toString(first) : first + "-" + last;
        }

        /** {@code 8080} or {@code 8000-8010}; empty when unresolved or not a port number. */
        static Optional<Range> parse(String text) {
            String t = text.strip();
            int dash = t.indexOf('-');
            try {
                int first = Integer.parseInt(dash < 0 ? t : t.substring(0, dash).strip());
                int last = dash < 0 ? first : Integer.parseInt(t.substring(dash + 1).strip());
                return first >= 0 && last >= first && last <= 65535 ? Optional.of(new Range(first, last)) : Optional.empty();
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
    }

    private PublishedPorts() {
    }

    /** Whether the service runs on the host's network stack, where {@code ports} does not apply. */
    static boolean onHostNetwork(ComposeService service) {
        ComposeNode mode = service.networkMode().present() ? service.networkMode() : service.get("net");
        return mode.resolved().map(v -> v.strip().toLowerCase(Locale.ROOT).equals("host")).orElse(false);
    }

    /** Whether the item binds every host interface; empty when its host IP is an unresolved variable. */
    static Optional<Boolean> allInterfaces(PortMapping port) {
        if (port.hostIp().map(ip -> ip.indexOf('$') >= 0).orElse(false)) return Optional.empty();
        return Optional.of(port.allInterfaces());
    }

    /** The published host port or range; empty when random (not written), unresolved or malformed. */
    static Optional<Range> published(PortMapping port) {
        return port.published().flatMap(Range::parse);
    }

    /** The container port or range; empty when unresolved or malformed. */
    static Optional<Range> target(PortMapping port) {
        return Range.parse(port.target());
    }

    /**
     * The data port the item exposes, judged on the container port (any port of a range), or on the published port
     * when the container port is unknown; empty when neither names a port of {@code table}, or both are unknown.
     */
    static Optional<Integer> dataPort(PortMapping port, Map<Integer, String> table) {
        Optional<Range> judged = target(port).or(() -> published(port));
        if (judged.isEmpty()) return Optional.empty();
        Range r = judged.get();
        return table.keySet().stream().filter(r::contains).sorted().findFirst();
    }

    /** The built-in table plus the ports of a rule's {@code extra-ports} setting. */
    static Map<Integer, String> dataPorts(RuleContext context) {
        Map<Integer, String> out = new LinkedHashMap<>(DATA_PORTS);
        for (String value : context.setting("extra-ports")) {
            Range.parse(value).ifPresent(r -> {
                for (int p = r.first(); p <= r.last(); p++) out.putIfAbsent(p, "configured data port");
            });
        }
        return out;
    }

    /** The item as written, for messages (a port item is never a credential). */
    static String display(PortMapping port) {
        ComposeNode n = port.node();
        if (n.isMapping()) {
            return port.hostIp().map(ip -> (ip.indexOf(':') >= 0 ? "[" + ip + "]" : ip) + ":").orElse("") + port.published().map(p -> p + ":").orElse("")
                    + port.target() + "/" + port.protocol();
        }
        return n.text().orElse("").strip();
    }
}
