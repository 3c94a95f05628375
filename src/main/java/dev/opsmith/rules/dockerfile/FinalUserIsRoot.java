package dev.opsmith.rules.dockerfile;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.dockerfile.Dockerfile;
import dev.opsmith.rules.RuleContext;

/** The image explicitly hands containers UID 0: root stays root unless every runtime overrides it. */
public final class FinalUserIsRoot extends DockerfileRule {
    static final RuleMeta META = RuleMeta.builder("DF050", "Final stage explicitly ends as root")
            .severity(Severity.HIGH).category(Category.SECURITY).format(Format.DOCKERFILE)
            .description("Reports the last USER instruction of the final image (the last stage and the stages it is "
                    + "built on through FROM <alias>) when it names root: `root`, `0`, `root:<group>` or `0:<group>`, "
                    + "also when the value comes from a build arg with that default. Switching to root in a builder "
                    + "stage, or temporarily to install packages and back again, is fine.")
            .rationale("Containers start as the image's last USER. As root, any code execution bug in the "
                    + "application becomes root inside the container, one kernel or runtime flaw away from the node; "
                    + "it can also rewrite the application's own files. Pod security standards (restricted profile), "
                    + "CIS Docker Benchmark 4.1 and most bank platform policies require a non-root user.")
            .remediation("Create an unprivileged user and end the final stage with `USER <uid>`; switch to root only "
                    + "for the steps that need it and switch back, or build on a non-root base such as "
                    + "`gcr.io/distroless/static:nonroot`.")
            .reference("https://docs.docker.com/reference/dockerfile/#user")
            .reference("https://docs.docker.com/build/building/best-practices/#user")
            .equivalent("checkov", "CKV_DOCKER_8")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(Dockerfile dockerfile, RuleContext context) {
        FinalUser.last(dockerfile)
                .filter(u -> u.resolved() && u.isRoot())
                .ifPresent(u -> context.report(u.word().span(), "the final image runs as '" + u.word().value()
                        + "' (root): end the final stage with USER <non-root uid>"));
    }
}
