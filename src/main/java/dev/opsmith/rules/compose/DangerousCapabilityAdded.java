package dev.opsmith.rules.compose;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.compose.ComposeNode;
import dev.opsmith.format.compose.ComposeProject;
import dev.opsmith.format.compose.ComposeService;
import dev.opsmith.rules.RuleContext;

import java.util.Optional;

/** Capabilities beyond Docker's default set are each a known way out of the container. */
public final class DangerousCapabilityAdded extends ComposeRule {
    static final RuleMeta META = RuleMeta.builder("CMP008", "Service adds a capability outside Docker's default set")
            .severity(Severity.HIGH).category(Category.SECURITY).format(Format.COMPOSE)
            .description("Reports each `cap_add` item, from every Compose file of the project, that is `ALL` or not "
                    + "in Docker's default set (AUDIT_WRITE, CHOWN, DAC_OVERRIDE, FOWNER, FSETID, KILL, MKNOD, "
                    + "NET_BIND_SERVICE, NET_RAW, SETFCAP, SETGID, SETPCAP, SETUID, SYS_CHROOT). Names compare "
                    + "case-insensitively, with or without `CAP_`, after `.env` interpolation; an item using a "
                    + "variable that `.env` does not define is skipped. Adding back a default capability after "
                    + "`cap_drop: [ALL]` is the recommended pattern and is accepted.")
            .rationale("The capabilities Docker withholds by default are the ones that reach past the container: "
                    + "SYS_ADMIN mounts filesystems and enters namespaces, SYS_MODULE loads kernel code, SYS_PTRACE "
                    + "reads other processes' memory, NET_ADMIN rewrites the host's routing and firewall, "
                    + "DAC_READ_SEARCH opens any file by handle, BPF observes the whole kernel. One of them on a "
                    + "service that handles payment data undoes the isolation the rest of the file sets up.")
            .remediation("Remove the capability. If the service really needs kernel-level power, isolate it on its "
                    + "own host; otherwise start from `cap_drop: [ALL]` and add back only default capabilities such "
                    + "as NET_BIND_SERVICE.")
            .reference("https://docs.docker.com/reference/compose-file/services/#cap_add")
            .reference("https://docs.docker.com/engine/containers/run/#runtime-privilege-and-linux-capabilities")
            .reference("https://man7.org/linux/man-pages/man7/capabilities.7.html")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(ComposeProject project, RuleContext context) {
        for (ComposeService service : project.services()) {
            for (ComposeNode item : service.capAdd()) {
                Optional<String> name = item.resolved().map(Capabilities::normalise).filter(n -> !n.isEmpty());
                if (name.isEmpty() || Capabilities.DOCKER_DEFAULT.contains(name.get())) continue;
                String cap = name.get();
                report(context, service, item, "service \"" + service.name() + "\" adds "
                        + (cap.equals("ALL") ? "ALL capabilities" : "capability " + cap)
                        + ", outside Docker's default set; remove it")
                        .ifPresent(r -> r.property("capability", cap));
            }
        }
    }
}
