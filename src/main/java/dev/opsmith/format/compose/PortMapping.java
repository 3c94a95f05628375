package dev.opsmith.format.compose;

import dev.opsmith.core.Span;

import java.util.Optional;

/**
 * A published or exposed port of a service, from the short ({@code "127.0.0.1:8080:80/udp"}) or the long syntax,
 * after interpolation.
 *
 * @param hostIp     the host address it binds to; empty for all interfaces
 * @param published  the host port or range; empty when not published (or a random host port)
 * @param target     the container port or range
 * @param protocol   {@code tcp} unless written
 * @param unresolved whether a variable could not be resolved (then the fields are parsed from the raw text)
 * @param node       the item as written (for reporting)
 */
public record PortMapping(Optional<String> hostIp, Optional<String> published, String target, String protocol,
                          boolean unresolved, ComposeNode node) implements Located {
    @Override
    public Span span() {
        return node.span();
    }

    @Override
    public ComposeFile file() {
        return node.file();
    }

    /** Whether it binds on every interface of the host (no host IP, {@code 0.0.0.0} or {@code ::}). */
    public boolean allInterfaces() {
        return hostIp.map(ip -> ip.equals("0.0.0.0") || ip.equals("::")).orElse(true);
    }

    /** Compose's unique key for merging: {ip, target, published, protocol}. */
    String mergeKey() {
        return hostIp.orElse("") + "|" + target + "|" + published.orElse("") + "|" + protocol;
    }

    static PortMapping of(ComposeNode item) {
        if (item.isMapping()) {
            boolean unresolved = false;
            String[] f = new String[4];
            String[] keys = {"host_ip", "published", "target", "protocol"};
            for (int i = 0; i < 4; i++) {
                ComposeNode v = item.get(keys[i]);
                unresolved |= v.isUnresolved();
                f[i] = v.interpolated().orElse(null);
            }
            return new PortMapping(Optional.ofNullable(f[0]).filter(s -> !s.isEmpty()),
                    Optional.ofNullable(f[1]).filter(s -> !s.isEmpty()), f[2] == null ? "" : f[2],
                    f[3] == null ? "tcp" : f[3].toLowerCase(java.util.Locale.ROOT), unresolved, item);
        }
        boolean unresolved = item.isUnresolved();
        String text = item.interpolated().orElse("").strip();
        String protocol = "tcp";
        int slash = text.lastIndexOf('/');
        if (slash > text.lastIndexOf(':')) {
            protocol = text.substring(slash + 1).toLowerCase(java.util.Locale.ROOT);
            text = text.substring(0, slash);
        }
        String hostIp = null;
        if (text.startsWith("[")) { // [::1]:8080:80
            int close = text.indexOf(']');
            if (close > 0) {
                hostIp = text.substring(1, close);
                text = close + 1 < text.length() && text.charAt(close + 1) == ':' ? text.substring(close + 2) : "";
            }
        }
        int lastColon = text.lastIndexOf(':');
        String target = lastColon < 0 ? text : text.substring(lastColon + 1);
        String published = null;
        if (lastColon >= 0) {
            String rest = text.substring(0, lastColon);
            int c = rest.lastIndexOf(':');
            if (c >= 0 && hostIp == null) {
                hostIp = rest.substring(0, c);
                published = rest.substring(c + 1);
            } else {
                published = rest;
            }
        }
        return new PortMapping(Optional.ofNullable(hostIp).filter(s -> !s.isEmpty()),
                Optional.ofNullable(published).filter(s -> !s.isEmpty()), target, protocol, unresolved, item);
    }
}
