package dev.opsmith.rules.compose;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.compose.ComposeProject;
import dev.opsmith.format.compose.ComposeService;
import dev.opsmith.format.compose.VolumeMount;
import dev.opsmith.rules.RuleContext;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A bind mount of a system directory or a credential store hands the host's configuration or keys to a service. */
public final class SensitiveHostPathMounted extends ComposeRule {
    static final RuleMeta META = RuleMeta.builder("CMP007", "Sensitive host directory mounted")
            .severity(Severity.HIGH).category(Category.SECURITY).format(Format.COMPOSE)
            .description("Reports a bind mount (short `SRC:DST[:opts]` or long `type: bind` syntax, or a named "
                    + "volume whose top-level definition binds a host `device` with `driver_opts`) whose host path, "
                    + "after `.env` interpolation and with `.`, `..`, repeated and trailing slashes resolved, is a "
                    + "system directory (`/`, `/bin`, `/boot`, `/dev`, `/etc`, `/home`, `/lib`, `/lib64`, `/media`, "
                    + "`/proc`, `/root`, `/run`, `/sbin`, `/srv`, `/sys`, `/usr`, `/var`, `/var/run`), or lies at or "
                    + "below `/proc`, `/sys`, `/boot`, `/root`, `/etc/ssh`, `/etc/shadow`, `/etc/gshadow`, "
                    + "`/etc/sudoers`, `/etc/sudoers.d`, `/etc/kubernetes`, `/var/lib/docker`, "
                    + "`/var/lib/containerd`, `/var/lib/kubelet`, `/var/run/secrets`, or a user's `.ssh`, `.aws`, "
                    + "`.kube`, `.docker` or `.gnupg` (`~/.ssh`, `/home/<user>/.ssh`, `${HOME}/.ssh` even when "
                    + "`HOME` is not in `.env`). Read-only mounts count. Other sub-paths (`/etc/localtime`, "
                    + "`/etc/ssl/certs`, `/var/log/app`, `/srv/data`), relative paths and named volumes are accepted; "
                    + "runtime sockets are CMP006's; other paths using an unresolved variable are skipped.")
            .rationale("These directories hold what the host trusts: its accounts and password hashes, SSH host "
                    + "keys and sudo rules, kernel interfaces, the container runtime's and kubelet's state, and "
                    + "users' cloud and registry credentials. A service that can read them leaks them when it is "
                    + "compromised; one that can write them can take over the host.")
            .remediation("Mount only the file or project directory the service needs (`/etc/localtime:ro`, "
                    + "`./config:/etc/app:ro`), keep data in named volumes, and pass credentials through Compose "
                    + "`secrets`. Monitoring agents that need `/proc`, `/sys` or `/` read-only are suppressed per "
                    + "service.")
            .reference("https://docs.docker.com/reference/compose-file/services/#volumes")
            .reference("https://docs.docker.com/engine/storage/bind-mounts/")
            .build();

    /** Sensitive as a whole; their sub-paths (such as /etc/ssl/certs) may be fine. */
    private static final Set<String> DIRECTORIES = Set.of("/", "/bin", "/boot", "/dev", "/etc", "/home", "/lib",
            "/lib64", "/media", "/proc", "/root", "/run", "/sbin", "/srv", "/sys", "/usr", "/var", "/var/run");
    /** Sensitive at every depth. */
    private static final List<String> TREES = List.of("/proc", "/sys", "/boot", "/root", "/etc/ssh", "/etc/shadow",
            "/etc/gshadow", "/etc/sudoers", "/etc/sudoers.d", "/etc/kubernetes", "/var/lib/docker",
            "/var/lib/containerd", "/var/lib/kubelet", "/var/run/secrets");
    /** Credential stores in a home directory. */
    private static final Set<String> HOME_STORES = Set.of(".ssh", ".aws", ".kube", ".docker", ".gnupg");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(ComposeProject project, RuleContext context) {
        for (ComposeService service : project.services()) {
            for (VolumeMount v : service.volumes()) {
                Optional<String> host = HostPaths.of(project, v);
                if (host.isEmpty()) continue;
                Optional<String> listed = sensitive(host.get().strip());
                if (listed.isEmpty()) continue;
                String path = host.get().strip();
                String where = path.equals(listed.get()) ? "" : " (in " + listed.get() + ")";
                report(context, service, HostPaths.reportNode(v), "service \"" + service.name() + "\" mounts the "
                        + "sensitive host path " + path + where + "; mount only the file or project directory it needs")
                        .ifPresent(r -> r.property("path", listed.get()));
            }
        }
    }

    /** The listed directory, tree or credential store the path is or lies in; empty for other paths. */
    static Optional<String> sensitive(String path) {
        if (HostPaths.unresolved(path)) {
            String tail = HostPaths.literalTail(path);
            return tail.startsWith("/") ? homeStore(HostPaths.normalise(tail)).map(s -> "~" + s) : Optional.empty();
        }
        if (path.startsWith("~/") || path.equals("~")) {
            return homeStore(HostPaths.normalise(path.substring(1))).map(s -> "~" + s);
        }
        if (!path.startsWith("/")) return Optional.empty(); // relative to the project, or not a POSIX path
        String normal = HostPaths.normalise(path);
        if (ContainerRuntimeSocketMounted.isRuntimeSocket(normal)) return Optional.empty();
        if (DIRECTORIES.contains(normal)) return Optional.of(normal);
        for (String tree : TREES) {
            if (normal.equals(tree) || normal.startsWith(tree + "/")) return Optional.of(tree);
        }
        if (normal.startsWith("/home/")) {
            String rest = normal.substring("/home".length());
            int slash = rest.indexOf('/', 1);
            if (slash > 0) return homeStore(rest.substring(slash)).map(s -> "/home" + rest.substring(0, slash) + s);
        }
        return Optional.empty();
    }

    /** {@code /.ssh} or {@code /.ssh/id_ed25519} (relative to a home directory) → {@code /.ssh}. */
    private static Optional<String> homeStore(String inHome) {
        String first = inHome.substring(1).split("/", 2)[0];
        return HOME_STORES.contains(first) ? Optional.of("/" + first) : Optional.empty();
    }
}
