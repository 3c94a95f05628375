package dev.opsmith.rules.compose;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.compose.ComposeProject;
import dev.opsmith.format.compose.ComposeService;
import dev.opsmith.rules.RuleContext;

import java.util.Map;

/** Without a health check a hung service stays "running": nothing waits for it, restarts it or routes around it. */
public final class HealthcheckMissing extends ComposeRule {
    static final RuleMeta META = RuleMeta.builder("CMP042", "Long-running service has no health check")
            .severity(Severity.LOW).category(Category.RELIABILITY).format(Format.COMPOSE)
            .description("Reports a long-running, image-only service without `healthcheck` in any file Compose "
                    + "merges (at the service's key in the file that first defines it), and a health check that is "
                    + "turned off: `healthcheck.disable: true` or a `test` of `NONE` / `[\"NONE\"]`, in the file that "
                    + "wrote that value. A `healthcheck` with a test is accepted, and so is one that only tunes "
                    + "timings (the image's own `HEALTHCHECK` applies). Services built from a Dockerfile (`build:`) "
                    + "without `healthcheck` are not reported yet, since their `HEALTHCHECK` is not read; one-shot "
                    + "services and services using `extends` are not checked, and unresolved variables are not "
                    + "judged.")
            .rationale("Docker only knows whether a container's process is alive. A service that deadlocks, loses "
                    + "its database connection or fills its worker pool stays \"running\": `depends_on` "
                    + "conditions, orchestrators and operators watching `docker compose ps` all see it as fine. A "
                    + "health check turns that hidden failure into a visible `unhealthy` state.")
            .remediation("Add a `healthcheck` whose `test` exercises the service cheaply (an HTTP health endpoint, "
                    + "`pg_isready`, `redis-cli ping`) with an `interval`, `timeout`, `retries` and a `start_period` "
                    + "that covers its start-up; or declare `HEALTHCHECK` in the image. Suppress per service when the "
                    + "image already ships one.")
            .reference("https://docs.docker.com/reference/compose-file/services/#healthcheck")
            .reference("https://docs.docker.com/reference/dockerfile/#healthcheck")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(ComposeProject project, RuleContext context) {
        Map<String, String> oneShot = ServiceRuntime.oneShot(project);
        for (ComposeService service : project.services()) {
            if (oneShot.containsKey(service.name())) continue;
            ServiceRuntime.Health health = ServiceRuntime.health(service);
            switch (health.kind()) {
                case DISABLED -> report(context, service, health.at(), "service \"" + service.name() + "\" turns its "
                        + "health check off, so a hung process still counts as running; give it a healthcheck test");
                case ABSENT -> {
                    if (ServiceRuntime.absenceJudgeable(service)) {
                        reportMissing(context, service, "service \"" + service.name() + "\" has no health check, so "
                                + "a hung process still counts as running; add a healthcheck with a test");
                    }
                }
                default -> {
                }
            }
        }
    }
}
