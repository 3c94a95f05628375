package dev.opsmith.rules.compose;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.compose.ComposeNode;
import dev.opsmith.format.compose.ComposeProject;
import dev.opsmith.format.compose.ComposeService;
import dev.opsmith.format.compose.VolumeMount;
import dev.opsmith.rules.RuleContext;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Whoever talks to the container runtime's socket can start a privileged container: it is root on the host. */
public final class ContainerRuntimeSocketMounted extends ComposeRule {
    static final RuleMeta META = RuleMeta.builder("CMP006", "Container runtime socket mounted into a service")
            .severity(Severity.CRITICAL).category(Category.SECURITY).format(Format.COMPOSE)
            .description("Reports a bind mount (short `SRC:DST[:opts]` or long `type: bind` syntax, or a named "
                    + "volume whose top-level definition binds a host `device` with `driver_opts`) whose host path's "
                    + "last segment starts with `docker.sock`, `containerd.sock`, `crio.sock`, `cri-dockerd.sock` or "
                    + "`podman.sock`, or which is a runtime state directory (`/var/run/docker`, `/run/docker`, "
                    + "`/run/containerd`, `/var/run/crio`, `/run/podman`). Read-only mounts count: the API stays "
                    + "writable through the socket. Paths are compared after removing repeated and trailing slashes "
                    + "and resolving `.` and `..`; a path whose prefix is an unresolved variable "
                    + "(`${XDG_RUNTIME_DIR}/docker.sock`) is judged by its literal end.")
            .rationale("The runtime socket accepts requests to start containers with any mount, namespace or "
                    + "capability. A service holding it can take over the host and every other container, and what it "
                    + "starts is invisible in the Compose file auditors review.")
            .remediation("Remove the mount. Services that only need to discover containers (reverse proxies, "
                    + "dashboards) can use a socket proxy that allows read-only API calls; image builds belong to a "
                    + "daemonless builder or a build service.")
            .reference("https://docs.docker.com/engine/security/#docker-daemon-attack-surface")
            .reference("https://docs.docker.com/reference/compose-file/services/#volumes")
            .equivalent("kics", "docker-socket-mounted-in-container")
            .build();

    private static final List<String> SOCKETS = List.of("docker.sock", "containerd.sock", "crio.sock",
            "cri-dockerd.sock", "podman.sock");
    private static final Set<String> STATE_DIRS = Set.of("/var/run/docker", "/run/docker", "/run/containerd",
            "/var/run/crio", "/run/podman");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(ComposeProject project, RuleContext context) {
        for (ComposeService service : project.services()) {
            for (VolumeMount v : service.volumes()) {
                Optional<String> host = hostPath(project, v);
                if (host.isEmpty() || !isRuntimeSocket(host.get())) continue;
                ComposeNode at = v.node().isMapping() ? v.node().get("source") : v.node();
                report(context, service, at.present() ? at : v.node(), "service \"" + service.name()
                        + "\" mounts the container runtime socket " + host.get() + ", which gives root on the host; "
                        + "remove the mount or use a read-only socket proxy")
                        .ifPresent(r -> r.property("path", host.get()));
            }
        }
    }

    /** The host path a mount exposes: a bind's source, or the {@code device} of a named volume bound by driver_opts. */
    private static Optional<String> hostPath(ComposeProject project, VolumeMount v) {
        if (v.isBind()) return v.source();
        if (!v.type().equals("volume") || v.source().isEmpty()) return Optional.empty();
        ComposeNode opts = project.volumes().get(v.source().get()).get("driver_opts");
        boolean bind = opts.get("o").interpolated().map(o -> List.of(o.split(",")).contains("bind")).orElse(false);
        return bind ? opts.get("device").interpolated() : Optional.empty();
    }

    static boolean isRuntimeSocket(String path) {
        String normal = normalize(path);
        if (STATE_DIRS.contains(normal)) return true;
        String last = normal.substring(normal.lastIndexOf('/') + 1);
        return SOCKETS.stream().anyMatch(last::startsWith);
    }

    private static String normalize(String path) {
        Deque<String> parts = new ArrayDeque<>();
        for (String p : path.replace('\\', '/').split("/+")) {
            if (p.isEmpty() || p.equals(".")) continue;
            if (p.equals("..")) {
                if (!parts.isEmpty()) parts.removeLast();
                continue;
            }
            parts.addLast(p);
        }
        return (path.startsWith("/") ? "/" : "") + String.join("/", parts);
    }
}
