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

/** Waiting for a dependency to become healthy fails when the dependency has no health check to pass. */
public final class HealthyDependencyWithoutHealthcheck extends ComposeRule {
    static final RuleMeta META = RuleMeta.builder("CMP043",
                    "depends_on waits for health on a service that has no health check")
            .severity(Severity.MEDIUM).category(Category.RELIABILITY).format(Format.COMPOSE)
            .description("Reports a `depends_on` entry with `condition: service_healthy` whose target service, as "
                    + "merged from every file Compose reads (an override may add the health check), has no "
                    + "`healthcheck` or turns it off (`disable: true`, a `NONE` test). The finding is on the "
                    + "`condition` value, in the file that wrote it. Targets that are built from a Dockerfile "
                    + "(`build:`) without `healthcheck`, targets that only tune the image's health check timings, "
                    + "undefined targets and unresolved variables are not judged.")
            .rationale("`docker compose up` waits for the target's health status, and a container without a health "
                    + "check never has one: the dependent service is never started and the command fails. Official "
                    + "database images such as `postgres` and `redis` ship no `HEALTHCHECK`, so this is the usual "
                    + "way a stack that worked with `service_started` breaks.")
            .remediation("Give the target a `healthcheck` (for example `pg_isready -U app` or `redis-cli ping`), or "
                    + "wait with `condition: service_started` and let the dependent service retry its connection.")
            .reference("https://docs.docker.com/reference/compose-file/services/#depends_on")
            .reference("https://docs.docker.com/compose/how-tos/startup-order/")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(ComposeProject project, RuleContext context) {
        for (ComposeService service : project.services()) {
            for (ComposeNode dependency : service.get("depends_on").entries()) {
                ComposeNode condition = dependency.get("condition");
                if (condition.resolved().map(String::strip).filter("service_healthy"::equals).isEmpty()) continue;
                Optional<ComposeService> target = project.service(dependency.name());
                if (target.isEmpty()) continue;
                ServiceRuntime.Health health = ServiceRuntime.health(target.get());
                boolean absent = health.kind() == ServiceRuntime.HealthKind.ABSENT
                        && ServiceRuntime.absenceJudgeable(target.get());
                boolean disabled = health.kind() == ServiceRuntime.HealthKind.DISABLED;
                if (!absent && !disabled) continue;
                String why = disabled ? "turns its health check off" : "has no healthcheck";
                report(context, service, condition, "service \"" + service.name() + "\" waits for \""
                        + dependency.name() + "\" to be healthy, but \"" + dependency.name() + "\" " + why
                        + ", so it never becomes healthy and docker compose up fails; add a healthcheck to \""
                        + dependency.name() + "\" or use condition: service_started")
                        .ifPresent(r -> {
                            r.identity("service/" + service.name() + " depends_on " + dependency.name()
                                    + " service_healthy");
                            if (disabled && health.at().local()) {
                                r.related(health.at().span(), "health check turned off here");
                            } else if (absent && target.get().local()) {
                                r.related(target.get().span(), "service defined here without healthcheck");
                            }
                        });
            }
        }
    }
}
