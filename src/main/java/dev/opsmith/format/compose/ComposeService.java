package dev.opsmith.format.compose;

import dev.opsmith.core.Span;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One service of the merged project. Every accessor answers the merged value (base, then override); each value
 * knows the file that wrote it ({@link Located#local()}), so a rule reports only what the scanned file wrote.
 * Absent values are {@link ComposeNode}s without layers, never null.
 */
public final class ComposeService implements Located {
    private final String name;
    private final ComposeNode node;

    ComposeService(String name, ComposeNode node) {
        this.name = name;
        this.node = node;
    }

    public String name() {
        return name;
    }

    /** The merged service mapping, for attributes without a typed accessor: {@code node().path("deploy", "mode")}. */
    public ComposeNode node() {
        return node;
    }

    /** Shortcut for {@code node().get(key)}. */
    public ComposeNode get(String key) {
        return node.get(key);
    }

    /**
     * The file that first defines the service (the base when both do): where "missing attribute" findings go,
     * so a service in both files is reported once.
     */
    public ComposeNode.Layer home() {
        return node.layers().get(0);
    }

    /** The service's key ({@code web:}) in its home file. */
    @Override
    public Span span() {
        return home().key().span();
    }

    @Override
    public ComposeFile file() {
        return home().file();
    }

    /** Whether the scanned file defines (or overrides) this service at all. */
    public boolean definedInScannedFile() {
        return node.localLayer().isPresent();
    }

    public ComposeNode image() { return node.get("image"); }
    /** A string (the context) or a mapping ({@code context}, {@code dockerfile}, {@code args}, …). */
    public ComposeNode build() { return node.get("build"); }
    public ComposeNode privileged() { return node.get("privileged"); }
    public ComposeNode networkMode() { return node.get("network_mode"); }
    public ComposeNode pid() { return node.get("pid"); }
    public ComposeNode ipc() { return node.get("ipc"); }
    public ComposeNode user() { return node.get("user"); }
    public ComposeNode readOnly() { return node.get("read_only"); }
    public ComposeNode healthcheck() { return node.get("healthcheck"); }
    public ComposeNode restart() { return node.get("restart"); }
    public ComposeNode memLimit() { return node.get("mem_limit"); }
    public ComposeNode cpus() { return node.get("cpus"); }
    public ComposeNode pidsLimit() { return node.get("pids_limit"); }
    public ComposeNode ulimits() { return node.get("ulimits"); }
    /** {@code deploy.resources.limits} ({@code cpus}, {@code memory}, {@code pids}). */
    public ComposeNode resourceLimits() { return node.path("deploy", "resources", "limits"); }
    public ComposeNode command() { return node.get("command"); }
    public ComposeNode entrypoint() { return node.get("entrypoint"); }

    public List<ComposeNode> capAdd() { return node.get("cap_add").items(); }
    public List<ComposeNode> capDrop() { return node.get("cap_drop").items(); }
    public List<ComposeNode> securityOpt() { return node.get("security_opt").items(); }
    public List<ComposeNode> envFiles() { return node.get("env_file").items(); }
    public List<ComposeNode> devices() { return node.get("devices").items(); }
    public List<ComposeNode> extraHosts() { return node.get("extra_hosts").isMapping()
            ? node.get("extra_hosts").entries() : node.get("extra_hosts").items(); }
    public List<ComposeNode> tmpfs() { return node.get("tmpfs").items(); }
    public List<ComposeNode> dns() { return node.get("dns").items(); }
    public List<ComposeNode> expose() { return node.get("expose").items(); }

    /** Secrets granted to the service (short {@code - name} or long {@code - source: name}), unique by target. */
    public List<ComposeNode> secrets() { return uniqueGrants(node.get("secrets"), "/run/secrets/"); }

    /** Configs granted to the service, unique by target. */
    public List<ComposeNode> configs() { return uniqueGrants(node.get("configs"), "/"); }

    /** Published ports, short and long syntax, merged by {ip, target, published, protocol}. */
    public List<PortMapping> ports() {
        return unique(node.get("ports").items(), PortMapping::of, PortMapping::mergeKey);
    }

    /** Mounts, short and long syntax, merged by target. */
    public List<VolumeMount> volumes() {
        return unique(node.get("volumes").items(), VolumeMount::of, VolumeMount::target);
    }

    /** Environment variables (list or mapping form, merged by name); {@code env_file} contents are not read. */
    public List<EnvVar> environment() { return EnvVar.of(node.get("environment")); }
    public List<EnvVar> labels() { return EnvVar.of(node.get("labels")); }
    public List<EnvVar> sysctls() { return EnvVar.of(node.get("sysctls")); }

    private static List<ComposeNode> uniqueGrants(ComposeNode attribute, String defaultDir) {
        return unique(attribute.items(), Function.identity(), item -> {
            ComposeNode target = item.get("target");
            if (target.present()) return target.resolved().or(target::text).orElse("");
            String source = item.isMapping() ? item.get("source").text().orElse("") : item.text().orElse("");
            return defaultDir + source;
        });
    }

    /** Compose's unique resources: a later entry with the same key replaces the earlier one in its place. */
    private static <T> List<T> unique(List<ComposeNode> items, Function<ComposeNode, T> parse, Function<T, String> key) {
        Map<String, T> out = new LinkedHashMap<>();
        for (ComposeNode item : items) {
            T t = parse.apply(item);
            out.put(key.apply(t), t);
        }
        return new ArrayList<>(out.values());
    }

    @Override
    public String toString() {
        return "service " + name;
    }
}
