package dev.opsmith.rules.compose;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.compose.ComposeNode;
import dev.opsmith.format.compose.ComposeProject;
import dev.opsmith.format.compose.ComposeService;
import dev.opsmith.rules.RuleContext;

import java.util.Locale;

/** The host's IPC namespace exposes its shared memory segments, semaphores and message queues to the container. */
public final class HostIpcNamespace extends ComposeRule {
    static final RuleMeta META = RuleMeta.builder("CMP003", "Service shares the host IPC namespace")
            .severity(Severity.HIGH).category(Category.SECURITY).format(Format.COMPOSE)
            .description("Reports a service with `ipc: host` after `.env` interpolation, in the file that wrote the "
                    + "effective value. `private`, `shareable`, `service:<name>`, `container:<id>`, an absent key and "
                    + "a value using a variable that `.env` does not define are accepted.")
            .rationale("System V shared memory and POSIX message queues of host processes become readable and "
                    + "writable from the container. Databases and brokers keep buffers there, so a compromised "
                    + "service can read or corrupt data of processes it was never meant to reach.")
            .remediation("Remove `ipc: host`. Services that exchange data through shared memory can share a "
                    + "namespace between themselves: `ipc: shareable` on one and `ipc: service:<name>` on the other.")
            .reference("https://docs.docker.com/reference/compose-file/services/#ipc")
            .reference("https://docs.docker.com/engine/containers/run/#ipc-settings---ipc")
            .equivalent("kics", "shared-host-ipc-namespace")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(ComposeProject project, RuleContext context) {
        for (ComposeService service : project.services()) {
            ComposeNode ipc = service.ipc();
            if (ipc.resolved().map(v -> v.strip().toLowerCase(Locale.ROOT).equals("host")).orElse(false)) {
                report(context, service, ipc, "service \"" + service.name() + "\" shares the host IPC namespace: it "
                        + "reaches the shared memory of host processes; remove ipc: host or share with one service");
            }
        }
    }
}
