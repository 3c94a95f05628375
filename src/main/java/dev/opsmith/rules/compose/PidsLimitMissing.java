package dev.opsmith.rules.compose;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.compose.ComposeNode;
import dev.opsmith.format.compose.ComposeProject;
import dev.opsmith.format.compose.ComposeService;
import dev.opsmith.rules.RuleContext;

/** Without a PIDs limit a fork bomb or a thread leak in one container exhausts the host's process table. */
public final class PidsLimitMissing extends ComposeRule {
    static final RuleMeta META = RuleMeta.builder("CMP044", "Service has no PIDs limit")
            .severity(Severity.LOW).category(Category.RELIABILITY).format(Format.COMPOSE).optIn()
            .description("Reports a service that sets neither `pids_limit` nor `deploy.resources.limits.pids` to a "
                    + "positive number in any file Compose merges (at the service's key in the file that first "
                    + "defines it), and a `0` or `-1` value (no limit) where it is written. A value using a variable "
                    + "that `.env` does not define counts as set. Services using `extends` are not checked. Opt-in.")
            .rationale("Processes and threads are a host-wide resource: a fork bomb, or a worker that leaks "
                    + "threads, can fill the kernel's PID table so that no process on the host can start, including "
                    + "the shell an operator needs to fix it. A PIDs limit contains it in the container at fault.")
            .remediation("Set `deploy.resources.limits.pids` (or `pids_limit`) comfortably above the service's "
                    + "normal process and thread count, for example `200`.")
            .reference("https://docs.docker.com/reference/compose-file/services/#pids_limit")
            .reference("https://docs.docker.com/reference/compose-file/deploy/#pids")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(ComposeProject project, RuleContext context) {
        for (ComposeService service : project.services()) {
            if (!ServiceRuntime.absenceJudgeable(service)) continue;
            ServiceRuntime.Limit limit = ServiceRuntime.limit(service.pidsLimit(),
                    service.resourceLimits().get("pids"));
            if (limit.limited()) continue;
            if (limit.unlimiting().isEmpty()) {
                reportMissing(context, service, "service \"" + service.name() + "\" has no PIDs limit: a fork bomb "
                        + "or thread leak can exhaust the host; set deploy.resources.limits.pids");
            }
            for (ComposeNode value : limit.unlimiting()) {
                report(context, service, value, "service \"" + service.name() + "\" sets " + value.name() + " to "
                        + value.text().orElse("") + ", which is no PIDs limit; set a positive number such as 200")
                        .ifPresent(r -> r.identity("service/" + service.name() + " " + value.name() + ": "
                                + value.text().orElse("")));
            }
        }
    }
}
