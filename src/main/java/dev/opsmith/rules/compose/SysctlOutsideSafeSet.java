package dev.opsmith.rules.compose;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.compose.ComposeProject;
import dev.opsmith.format.compose.ComposeService;
import dev.opsmith.format.compose.EnvVar;
import dev.opsmith.rules.RuleContext;

import java.util.Set;

/** Kernel parameters outside the namespaced safe set can weaken the host or its other containers. */
public final class SysctlOutsideSafeSet extends ComposeRule {
    static final RuleMeta META = RuleMeta.builder("CMP016", "Service sets a sysctl outside the safe set")
            .severity(Severity.MEDIUM).category(Category.SECURITY).format(Format.COMPOSE)
            .description("Reports each `sysctls` entry of a service (mapping or `name=value` list, merged by name "
                    + "across the project's files) whose name is not in the set the Kubernetes Pod Security "
                    + "Standards call safe (the same policy as K8S020): `kernel.shm_rmid_forced`, "
                    + "`net.ipv4.ip_local_port_range`, `net.ipv4.ip_local_reserved_ports`, "
                    + "`net.ipv4.ip_unprivileged_port_start`, `net.ipv4.tcp_syncookies`, `net.ipv4.ping_group_range`, "
                    + "`net.ipv4.tcp_keepalive_time`, `net.ipv4.tcp_fin_timeout`, `net.ipv4.tcp_keepalive_intvl` and "
                    + "`net.ipv4.tcp_keepalive_probes`. Points at the entry in the file that wrote it.")
            .rationale("The safe sysctls are namespaced and cannot affect anything outside the container. Others "
                    + "change shared kernel behaviour (IPC limits, routing, connection tracking, memory), can starve "
                    + "or weaken the other containers on the host, and under `network_mode: host` change the host "
                    + "itself. Each one deserves a review.")
            .remediation("Remove the sysctl, or set it on the host (or in the image's documentation of host "
                    + "requirements) after review, and suppress the finding where the service really needs it, such "
                    + "as `net.core.somaxconn` for a busy Redis.")
            .reference("https://docs.docker.com/reference/compose-file/services/#sysctls")
            .reference("https://kubernetes.io/docs/concepts/security/pod-security-standards/")
            .build();

    /**
     * K8S020's safe set (Kubernetes 1.29, without the 1.32 additions). That list is package-private in
     * {@code rules.kubernetes}; this copy is meant to go once it is shared.
     */
    static final Set<String> SAFE = Set.of("kernel.shm_rmid_forced", "net.ipv4.ip_local_port_range",
            "net.ipv4.ip_local_reserved_ports", "net.ipv4.ip_unprivileged_port_start", "net.ipv4.tcp_syncookies",
            "net.ipv4.ping_group_range", "net.ipv4.tcp_keepalive_time", "net.ipv4.tcp_fin_timeout",
            "net.ipv4.tcp_keepalive_intvl", "net.ipv4.tcp_keepalive_probes");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(ComposeProject project, RuleContext context) {
        for (ComposeService service : project.services()) {
            for (EnvVar sysctl : service.sysctls()) {
                if (!sysctl.local() || SAFE.contains(sysctl.name().replace('/', '.'))) continue;
                report(context, service, sysctl.entrySpan(), "service \"" + service.name() + "\" sets sysctl "
                        + sysctl.name() + ", which is outside the safe namespaced set; remove it or review and "
                        + "suppress it for this service");
            }
        }
    }
}
