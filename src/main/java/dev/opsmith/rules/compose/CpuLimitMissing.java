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

/** For hosts that cap CPU per service (shared hosts, cost policy); off by default because limits throttle. */
public final class CpuLimitMissing extends ComposeRule {
    static final RuleMeta META = RuleMeta.builder("CMP041", "Service has no CPU limit")
            .severity(Severity.LOW).category(Category.RELIABILITY).format(Format.COMPOSE).optIn()
            .description("Reports a long-running service that sets none of `deploy.resources.limits.cpus`, `cpus` "
                    + "and `cpu_quota` in any file Compose merges, at the service's key in the file that first "
                    + "defines it; a value that limits nothing (`0`, `-1`) is reported where it is written. A value "
                    + "using a variable that `.env` does not define counts as set. One-shot services and services "
                    + "using `extends` are not checked. Opt-in: a CPU limit is a policy choice, not a defect.")
            .rationale("A service without a CPU limit may use every core of the host, so a busy batch job can starve "
                    + "the request path beside it. The price of a limit is CFS throttling, which adds latency even "
                    + "when the host is idle; that is why the rule is off by default.")
            .remediation("Where your hosts require it, set `deploy.resources.limits.cpus` (for example `'1.5'`) well "
                    + "above the service's usual use, and watch its throttling metrics.")
            .reference("https://docs.docker.com/reference/compose-file/deploy/#resources")
            .reference("https://docs.docker.com/engine/containers/resource_constraints/#cpu")
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
            ServiceRuntime.Limit limit = ServiceRuntime.limit(service.resourceLimits().get("cpus"), service.cpus(),
                    service.get("cpu_quota"));
            if (limit.limited()) continue;
            if (limit.unlimiting().isEmpty()) {
                reportMissing(context, service, "service \"" + service.name() + "\" has no CPU limit; set "
                        + "deploy.resources.limits.cpus if your hosts cap CPU per service");
            }
            for (ComposeNode value : limit.unlimiting()) {
                report(context, service, value, "service \"" + service.name() + "\" sets " + value.name() + " to "
                        + value.text().orElse("") + ", which is no CPU limit; set a positive number of CPUs")
                        .ifPresent(r -> r.identity("service/" + service.name() + " " + value.name() + ": "
                                + value.text().orElse("")));
            }
        }
    }
}
