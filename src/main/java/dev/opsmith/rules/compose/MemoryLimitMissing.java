package dev.opsmith.rules.compose;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.compose.ComposeNode;
import dev.opsmith.format.compose.ComposeProject;
import dev.opsmith.format.compose.ComposeService;
import dev.opsmith.rules.RuleContext;

import java.util.Map;

/** A service without a memory limit can take the host's memory until the kernel kills something else. */
public final class MemoryLimitMissing extends ComposeRule {
    static final RuleMeta META = RuleMeta.builder("CMP040", "Service has no memory limit")
            .severity(Severity.MEDIUM).category(Category.RELIABILITY).format(Format.COMPOSE)
            .description("Reports a long-running service that sets neither `deploy.resources.limits.memory` nor the "
                    + "legacy `mem_limit` (plain `docker compose up` honours both), or sets them only to a value that "
                    + "limits nothing (`0`, `-1`). Either key in any file Compose merges counts, so a base service "
                    + "whose override sets the limit is not reported; a missing limit is reported once, at the "
                    + "service's key in the file that first defines it. A value using a variable that `.env` does "
                    + "not define counts as set. One-shot services (targets of "
                    + "`condition: service_completed_successfully`, or `deploy.mode: replicated-job`/`global-job`) "
                    + "and services using `extends` are not checked.")
            .rationale("A leak or a burst in one container without a limit grows until the host runs out of memory; "
                    + "the kernel's OOM killer then picks a victim among every process on the host, often the "
                    + "database beside it. A limit confines the damage to the container at fault, which Compose then "
                    + "restarts according to its restart policy.")
            .remediation("Set `deploy.resources.limits.memory` (for example `512M`) with headroom above the "
                    + "service's peak working set, or `mem_limit` in older files.")
            .reference("https://docs.docker.com/reference/compose-file/deploy/#resources")
            .reference("https://docs.docker.com/engine/containers/resource_constraints/#memory")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(ComposeProject project, RuleContext context) {
        Map<String, String> oneShot = ServiceRuntime.oneShot(project);
        for (ComposeService service : project.services()) {
            if (oneShot.containsKey(service.name()) || !ServiceRuntime.absenceJudgeable(service)) continue;
            ServiceRuntime.Limit limit = ServiceRuntime.limit(service.resourceLimits().get("memory"),
                    service.memLimit());
            if (limit.limited()) continue;
            if (limit.unlimiting().isEmpty()) {
                reportMissing(context, service, "service \"" + service.name() + "\" has no memory limit: a leak can "
                        + "exhaust the host and get other containers killed; set deploy.resources.limits.memory");
            }
            for (ComposeNode value : limit.unlimiting()) {
                report(context, service, value, "service \"" + service.name() + "\" sets " + value.name() + " to "
                        + value.text().orElse("") + ", which is no memory limit; set a positive size such as 512M")
                        .ifPresent(r -> r.identity("service/" + service.name() + " " + value.name() + ": "
                                + value.text().orElse("")));
            }
        }
    }
}
