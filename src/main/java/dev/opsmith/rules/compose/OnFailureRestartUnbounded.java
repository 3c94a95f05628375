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

/** A service that fails at start-up and is retried without bound hides the failure and loads the host. */
public final class OnFailureRestartUnbounded extends ComposeRule {
    static final int MAX_RETRIES = 5;

    static final RuleMeta META = RuleMeta.builder("CMP045", "on-failure restart without a small retry bound")
            .severity(Severity.LOW).category(Category.RELIABILITY).format(Format.COMPOSE).optIn()
            .description("Reports `restart: on-failure` without a retry count or with a count outside 1–5 "
                    + "(`on-failure:10`), and `deploy.restart_policy.condition: on-failure` without "
                    + "`max_attempts` (on the `condition`) or with `max_attempts` outside 1–5 (on that value), in "
                    + "the file that wrote the effective value. `no`, `always`, `unless-stopped` and unresolved "
                    + "variables are not judged. Opt-in.")
            .rationale("A service that crashes on start-up (a wrong password, a missing table) and is retried "
                    + "forever keeps restarting, filling logs and loading the host while looking \"up\" between "
                    + "crashes. A small bound, as the CIS Docker Benchmark recommends (5), lets it stop in a visible "
                    + "failed state.")
            .remediation("Bound the retries: `restart: on-failure:5`, or `deploy.restart_policy` with "
                    + "`condition: on-failure` and `max_attempts: 5`; use `unless-stopped` for services that must "
                    + "always come back.")
            .reference("https://docs.docker.com/reference/compose-file/services/#restart")
            .reference("https://docs.docker.com/reference/compose-file/deploy/#restart_policy")
            .reference("https://docs.docker.com/engine/containers/start-containers-automatically/")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(ComposeProject project, RuleContext context) {
        for (ComposeService service : project.services()) {
            ComposeNode restart = service.restart();
            String value = restart.resolved().map(String::strip).orElse("");
            if (value.equals("on-failure")) {
                report(context, service, restart, prefix(service) + " restarts on failure without a retry bound; use "
                        + "on-failure:" + MAX_RETRIES);
            } else if (value.startsWith("on-failure:")) {
                Optional<Long> retries = parse(value.substring("on-failure:".length()));
                if (retries.isPresent() && outOfBounds(retries.get())) {
                    report(context, service, restart, prefix(service) + " restarts on failure up to "
                            + retries.get() + " times; bound it to " + MAX_RETRIES + " or fewer");
                }
            }
            ComposeNode policy = service.node().path("deploy", "restart_policy");
            ComposeNode condition = policy.get("condition");
            if (!condition.resolved().map(String::strip).orElse("").equals("on-failure")) continue;
            ComposeNode attempts = policy.get("max_attempts");
            if (!attempts.present() || attempts.isNull()) {
                report(context, service, condition, prefix(service) + " restarts on failure without max_attempts; "
                        + "set max_attempts: " + MAX_RETRIES)
                        .ifPresent(r -> r.identity("service/" + service.name()
                                + " restart_policy.condition: on-failure"));
            } else if (attempts.integer().isPresent() && outOfBounds(attempts.integer().get())) {
                report(context, service, attempts, prefix(service) + " restarts on failure with max_attempts "
                        + attempts.integer().get() + "; bound it to between 1 and " + MAX_RETRIES);
            }
        }
    }

    private static String prefix(ComposeService service) {
        return "service \"" + service.name() + "\"";
    }

    /** 0 means unlimited for both Docker's on-failure count and max_attempts. */
    private static boolean outOfBounds(long retries) {
        return retries < 1 || retries > MAX_RETRIES;
    }

    private static Optional<Long> parse(String s) {
        try {
            return Optional.of(Long.parseLong(s.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
