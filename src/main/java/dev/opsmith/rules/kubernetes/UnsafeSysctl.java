package dev.opsmith.rules.kubernetes;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.kubernetes.KubernetesManifests;
import dev.opsmith.format.kubernetes.schema.KubeVersion;
import dev.opsmith.format.yaml.YamlNode;
import dev.opsmith.rules.RuleContext;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Only namespaced, pod-isolated sysctls are safe; everything else tunes the node for all its pods. */
public final class UnsafeSysctl extends KubernetesRule {
    /** The Pod Security Standards safe set, by the release that added each group (Pod Security Admission's table). */
    static final Map<KubeVersion, Set<String>> SAFE_SINCE = safeSince();

    static final RuleMeta META = RuleMeta.builder("K8S020", "Pod sets a sysctl outside the PSS safe set")
            .severity(Severity.HIGH).category(Category.SECURITY).format(Format.KUBERNETES)
            .description("Pod Security Standards control \"Sysctls\" of the baseline profile (so also part of "
                    + "restricted). Reports each `spec.securityContext.sysctls[].name` outside the safe set of the "
                    + "target Kubernetes version (`rules.settings.K8S020.kube-version`, default the newest known): "
                    + "kernel.shm_rmid_forced, net.ipv4.ip_local_port_range, net.ipv4.ip_unprivileged_port_start, "
                    + "net.ipv4.tcp_syncookies, net.ipv4.ping_group_range; from 1.27 also "
                    + "net.ipv4.ip_local_reserved_ports; from 1.29 net.ipv4.tcp_keepalive_time, "
                    + "net.ipv4.tcp_fin_timeout, net.ipv4.tcp_keepalive_intvl, net.ipv4.tcp_keepalive_probes; from "
                    + "1.32 net.ipv4.tcp_rmem and net.ipv4.tcp_wmem. Names compare exactly, as Pod Security "
                    + "Admission does.")
            .rationale("A sysctl outside the safe set is either not namespaced (it changes the kernel for every pod "
                    + "on the node) or can exhaust resources other pods depend on. A payments pod tuning "
                    + "`net.core.somaxconn` or `kernel.msgmax` affects its neighbours and is rejected by the "
                    + "baseline Pod Security profile; such tuning belongs in the node configuration.")
            .remediation("Remove the sysctl, or move the tuning to the node image or a node-configuration tool and "
                    + "schedule the workload onto those nodes.")
            .reference("https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline")
            .reference("https://kubernetes.io/docs/tasks/administer-cluster/sysctl-cluster/")
            .equivalent("trivy", "KSV026")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(KubernetesManifests manifests, RuleContext context) {
        KubeVersion version = PodSecurityStandards.targetVersion(context);
        Set<String> safe = safeFor(version);
        forEachPodSpec(manifests, (obj, pod) -> {
            for (YamlNode sysctl : pod.securityContext().get("sysctls").items()) {
                YamlNode name = sysctl.get("name");
                if (name.text().isEmpty() || EffectiveSecurityContext.isTemplated(name)) continue;
                String n = name.text().get().strip();
                if (safe.contains(n)) continue;
                report(context, obj, name.span(), obj.display() + " sets sysctl " + n + ", which is not in the Pod "
                        + "Security safe set for Kubernetes " + version + ": tune it on the node instead")
                        .property("sysctl", n);
            }
        });
    }

    static Set<String> safeFor(KubeVersion version) {
        Set<String> out = new TreeSet<>();
        SAFE_SINCE.forEach((since, names) -> {
            if (version.isAtLeast(since)) out.addAll(names);
        });
        return out;
    }

    private static Map<KubeVersion, Set<String>> safeSince() {
        Map<KubeVersion, Set<String>> m = new LinkedHashMap<>();
        m.put(new KubeVersion(1, 0), Set.of("kernel.shm_rmid_forced", "net.ipv4.ip_local_port_range",
                "net.ipv4.ip_unprivileged_port_start", "net.ipv4.tcp_syncookies", "net.ipv4.ping_group_range"));
        m.put(new KubeVersion(1, 27), Set.of("net.ipv4.ip_local_reserved_ports"));
        m.put(new KubeVersion(1, 29), Set.of("net.ipv4.tcp_keepalive_time", "net.ipv4.tcp_fin_timeout",
                "net.ipv4.tcp_keepalive_intvl", "net.ipv4.tcp_keepalive_probes"));
        m.put(new KubeVersion(1, 32), Set.of("net.ipv4.tcp_rmem", "net.ipv4.tcp_wmem"));
        return Map.copyOf(m);
    }
}
