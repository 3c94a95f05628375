package dev.opsmith.rules.kubernetes;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.kubernetes.Container;
import dev.opsmith.format.kubernetes.KubernetesManifests;
import dev.opsmith.format.yaml.YamlNode;
import dev.opsmith.rules.RuleContext;

import java.util.List;

/** A host port opens a listener on the node's own address, outside Services and NetworkPolicies. */
public final class HostPort extends KubernetesRule {
    /** The setting ({@code rules.settings.K8S043.allowed-host-ports}): ports or ranges ({@code 8080-8090}) allowed. */
    static final String SETTING = "allowed-host-ports";

    static final RuleMeta META = RuleMeta.builder("K8S043", "Container binds a host port")
            .severity(Severity.MEDIUM).category(Category.SECURITY).format(Format.KUBERNETES)
            .description("Reports a `hostPort` other than 0 on a port of any container, init container or ephemeral "
                    + "container. `0` and an absent `hostPort` are accepted, and so are ports listed in "
                    + "`rules.settings.K8S043.allowed-host-ports` (single ports or ranges such as `8000-8100`; empty by "
                    + "default, as in the Pod Security Standards baseline profile, whose Host Ports control this is).")
            .rationale("A host port makes the node itself listen for the pod: traffic reaches it without a Service, "
                    + "outside NetworkPolicies in many CNI plugins, and on whichever node the pod lands. It also ties "
                    + "scheduling to free ports, so a second replica cannot start on the same node. Regulated platforms "
                    + "want every ingress path to go through reviewed Services and ingress controllers.")
            .remediation("Drop `hostPort` and publish the port with a Service (`ClusterIP`, or `NodePort`/"
                    + "`LoadBalancer` for traffic from outside the cluster). If a node agent really needs one, allow "
                    + "that port explicitly in `allowed-host-ports`.")
            .reference("https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline")
            .reference("https://kubernetes.io/docs/concepts/configuration/overview/#services")
            .equivalent("polaris", "hostPortSet").equivalent("checkov", "CKV_K8S_26").equivalent("trivy", "KSV024")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(KubernetesManifests manifests, RuleContext context) {
        List<PortRange> allowed = PortRange.parseAll(context.setting(SETTING));
        forEachPodSpec(manifests, (obj, spec) -> {
            for (Container c : spec.allContainers()) {
                for (YamlNode port : c.ports().items()) {
                    YamlNode hostPort = port.get("hostPort");
                    long value = hostPort.integer().orElse(0L);
                    if (value == 0 || PortRange.anyContains(allowed, value)) continue;
                    report(context, obj, hostPort.span(), c.display() + " of " + obj.display() + " binds host port "
                            + value + " on the node it runs on; publish the port through a Service instead")
                            .property("hostPort", Long.toString(value));
                }
            }
        });
    }

    /** An inclusive range of ports from the setting. */
    record PortRange(long from, long to) {
        static List<PortRange> parseAll(List<String> entries) {
            return entries.stream().map(String::strip).filter(e -> !e.isEmpty()).map(PortRange::parse)
                    .filter(r -> r != null).toList();
        }

        /** {@code 8080} or {@code 8000-8100}; null when not a number (ignored rather than failing the scan). */
        static PortRange parse(String entry) {
            try {
                int dash = entry.indexOf('-');
                if (dash < 0) {
                    long p = Long.parseLong(entry);
                    return new PortRange(p, p);
                }
                return new PortRange(Long.parseLong(entry.substring(0, dash).strip()),
                        Long.parseLong(entry.substring(dash + 1).strip()));
            } catch (NumberFormatException e) {
                return null;
            }
        }

        static boolean anyContains(List<PortRange> ranges, long port) {
            for (PortRange r : ranges) if (port >= r.from && port <= r.to) return true;
            return false;
        }
    }
}
