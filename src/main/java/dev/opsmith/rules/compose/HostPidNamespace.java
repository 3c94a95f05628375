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

/** In the host's PID namespace a container sees, and may signal or trace, every process of the host. */
public final class HostPidNamespace extends ComposeRule {
    static final RuleMeta META = RuleMeta.builder("CMP002", "Service shares the host PID namespace")
            .severity(Severity.HIGH).category(Category.SECURITY).format(Format.COMPOSE)
            .description("Reports a service with `pid: host` after `.env` interpolation, in the file that wrote the "
                    + "effective value. Sharing another service's or container's namespace (`service:<name>`, "
                    + "`container:<id>`), an absent key and a value using a variable that `.env` does not define are "
                    + "accepted.")
            .rationale("With the host PID namespace the container lists every process on the machine, reads their "
                    + "command lines and environments (where database passwords and API tokens often sit), and with "
                    + "enough privileges signals or ptraces them. Process isolation between the payment services and "
                    + "the rest of the host is gone.")
            .remediation("Remove `pid: host`. When two services must see each other's processes (a profiler beside "
                    + "its target), share only that service's namespace with `pid: service:<name>`.")
            .reference("https://docs.docker.com/reference/compose-file/services/#pid")
            .reference("https://docs.docker.com/engine/containers/run/#pid-settings---pid")
            .equivalent("kics", "host-namespace-is-shared")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(ComposeProject project, RuleContext context) {
        for (ComposeService service : project.services()) {
            ComposeNode pid = service.pid();
            if (pid.resolved().map(v -> v.strip().toLowerCase(Locale.ROOT).equals("host")).orElse(false)) {
                report(context, service, pid, "service \"" + service.name() + "\" shares the host PID namespace: it "
                        + "sees and can signal every process on the host; remove pid: host");
            }
        }
    }
}
