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
import java.util.Set;

/** A migration or seeder that is restarted after it succeeds runs again and again. */
public final class RestartLoopOnOneShotService extends ComposeRule {
    static final RuleMeta META = RuleMeta.builder("CMP046", "One-shot service restarts forever")
            .severity(Severity.MEDIUM).category(Category.RELIABILITY).format(Format.COMPOSE)
            .description("Reports `restart: always` or `restart: unless-stopped`, and "
                    + "`deploy.restart_policy.condition: any`, on a one-shot service: one that another service waits "
                    + "for with `depends_on: {<svc>: {condition: service_completed_successfully}}`, or whose "
                    + "`deploy.mode` is `replicated-job` or `global-job`. The finding is on the restart value, in "
                    + "the file that wrote it. `no` and `on-failure[:N]` are accepted; unresolved variables are not "
                    + "judged.")
            .rationale("A one-shot service is meant to exit: a schema migration, a seeder, a bucket initialiser. "
                    + "With an unconditional restart policy Docker starts it again each time it exits successfully, "
                    + "so the migration runs in a loop, holds database locks, fills the logs, and its dependants may "
                    + "see it restart under them.")
            .remediation("Use `restart: \"no\"` (the default), or `restart: on-failure:3` if a failed run should be "
                    + "retried a few times.")
            .reference("https://docs.docker.com/reference/compose-file/services/#restart")
            .reference("https://docs.docker.com/reference/compose-file/services/#depends_on")
            .build();

    private static final Set<String> UNCONDITIONAL = Set.of("always", "unless-stopped");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(ComposeProject project, RuleContext context) {
        Map<String, String> oneShot = ServiceRuntime.oneShot(project);
        for (ComposeService service : project.services()) {
            String why = oneShot.get(service.name());
            if (why == null) continue;
            ComposeNode restart = service.restart();
            String value = restart.resolved().map(String::strip).orElse("");
            if (UNCONDITIONAL.contains(value)) {
                report(context, service, restart, message(service, "restart: " + value, why));
            }
            ComposeNode condition = service.node().path("deploy", "restart_policy", "condition");
            if (condition.resolved().map(String::strip).orElse("").equals("any")) {
                report(context, service, condition, message(service, "restart_policy condition any", why));
            }
        }
    }

    private static String message(ComposeService service, String policy, String why) {
        return "service \"" + service.name() + "\" is one-shot (" + why + ") but has " + policy + ", so it runs "
                + "again every time it exits; use restart: \"no\" or on-failure";
    }
}
