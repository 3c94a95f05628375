package dev.opsmith.rules.terraform.support;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The traffic a security-group or network-ACL rule admits, as AWS reads {@code protocol} / {@code ip_protocol},
 * {@code from_port} and {@code to_port}: protocol {@code -1} or {@code all} admits every protocol and port whatever
 * the numbers say; TCP ({@code tcp}, {@code 6}) and UDP ({@code udp}, {@code 17}) admit the port range
 * ({@code 0}–{@code 0} is port 0 only); ICMP ({@code icmp}, {@code 1}, {@code icmpv6}, {@code 58}) carries no
 * ports; any other protocol number admits that protocol, which has no TCP or UDP ports.
 *
 * @param kind     which of those cases this is
 * @param protocol the protocol as written, lower case
 * @param from     the first port (TCP and UDP only, else 0)
 * @param to       the last port (TCP and UDP only, else 0)
 */
public record PortRange(Kind kind, String protocol, int from, int to) {

    /** How the protocol is read. */
    public enum Kind { ALL_TRAFFIC, TCP, UDP, ICMP, OTHER_PROTOCOL }

    public static final int MAX_PORT = 65535;

    /**
     * The range a rule admits; empty when the protocol is not one AWS accepts, or a TCP/UDP rule's ports are
     * missing or not port numbers (the provider rejects those).
     */
    public static Optional<PortRange> of(String protocol, Optional<Long> from, Optional<Long> to) {
        String p = protocol.strip().toLowerCase(Locale.ROOT);
        Kind kind = switch (p) {
            case "-1", "all" -> Kind.ALL_TRAFFIC;
            case "tcp", "6" -> Kind.TCP;
            case "udp", "17" -> Kind.UDP;
            case "icmp", "1", "icmpv6", "58" -> Kind.ICMP;
            default -> p.matches("\\d{1,3}") && Integer.parseInt(p) <= 255 ? Kind.OTHER_PROTOCOL : null;
        };
        if (kind == null) return Optional.empty();
        if (kind != Kind.TCP && kind != Kind.UDP) return Optional.of(new PortRange(kind, p, 0, 0));
        if (from.isEmpty() || to.isEmpty()) return Optional.empty();
        long low = from.get();
        long high = to.get();
        if (low < 0 || high > MAX_PORT || low > high) return Optional.empty();
        return Optional.of(new PortRange(kind, p, (int) low, (int) high));
    }

    /** Whether TCP or UDP traffic to {@code port} is admitted. */
    public boolean contains(int port) {
        return contains(Kind.TCP, port) || contains(Kind.UDP, port);
    }

    /** Whether traffic of a transport ({@link Kind#TCP} or {@link Kind#UDP}) to {@code port} is admitted. */
    public boolean contains(Kind transport, int port) {
        if (kind == Kind.ALL_TRAFFIC) return true;
        return kind == transport && from <= port && port <= to;
    }

    /** The ports of {@code ports} that TCP or UDP traffic may reach, in order; empty when none. */
    public Set<Integer> containsAny(Set<Integer> ports) {
        Set<Integer> hit = new TreeSet<>();
        for (int port : ports) if (contains(port)) hit.add(port);
        return hit;
    }

    /** Whether two ranges admit some common TCP or UDP port. */
    public boolean overlaps(PortRange other) {
        if (kind == Kind.ALL_TRAFFIC) return other.kind == Kind.ALL_TRAFFIC || other.hasPorts();
        if (other.kind == Kind.ALL_TRAFFIC) return hasPorts();
        return hasPorts() && kind == other.kind && from <= other.to && other.from <= to;
    }

    /** Every protocol, or every TCP or UDP port (0–65535). */
    public boolean isAllPorts() {
        return kind == Kind.ALL_TRAFFIC || (hasPorts() && from == 0 && to == MAX_PORT);
    }

    /** How many TCP/UDP ports are admitted (65536 for all traffic, 0 for protocols without ports). */
    public int width() {
        if (kind == Kind.ALL_TRAFFIC) return MAX_PORT + 1;
        return hasPorts() ? to - from + 1 : 0;
    }

    private boolean hasPorts() {
        return kind == Kind.TCP || kind == Kind.UDP;
    }

    /** For messages: {@code tcp 22}, {@code udp 1000-2000}, {@code all traffic}, {@code protocol 47}. */
    public String describe() {
        return switch (kind) {
            case ALL_TRAFFIC -> "all traffic";
            case TCP, UDP -> kind.name().toLowerCase(Locale.ROOT) + " " + (from == to ? from : from + "-" + to);
            case ICMP -> protocol;
            case OTHER_PROTOCOL -> "protocol " + protocol;
        };
    }
}
