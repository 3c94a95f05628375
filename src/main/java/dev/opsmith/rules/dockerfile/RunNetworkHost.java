package dev.opsmith.rules.dockerfile;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.dockerfile.Dockerfile;
import dev.opsmith.format.dockerfile.Flag;
import dev.opsmith.rules.RuleContext;

/** A build step on the host network can reach everything the build host can, including its local services. */
public final class RunNetworkHost extends DockerfileRule {
    static final RuleMeta META = RuleMeta.builder("DF058", "`RUN --network=host` shares the host network")
            .severity(Severity.MEDIUM).category(Category.SECURITY).format(Format.DOCKERFILE)
            .description("Reports `RUN --network=host`, also under ONBUILD. `--network=none` and "
                    + "`--network=default` are accepted.")
            .rationale("With the host's network namespace, code run by the step (install scripts, downloaded "
                    + "tools) can reach services that listen only on the build host's loopback, the cloud metadata "
                    + "endpoint with the runner's credentials, and internal networks the build should never touch. "
                    + "It also needs the `network.host` entitlement, weakening the builder for everyone.")
            .remediation("Drop the flag and reach dependencies through the default build network (with a proxy or "
                    + "mirror if needed); use `--network=none` for steps that need no network at all.")
            .reference("https://docs.docker.com/reference/dockerfile/#run---network")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(Dockerfile dockerfile, RuleContext context) {
        for (Flag f : RunCommands.runFlags(dockerfile, "network", "host")) {
            context.report(f.span(), "RUN --network=host gives the step the build host's network (local "
                    + "services, metadata endpoint): use the default network or --network=none");
        }
    }
}
