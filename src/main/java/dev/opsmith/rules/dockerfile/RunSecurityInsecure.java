package dev.opsmith.rules.dockerfile;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.dockerfile.Dockerfile;
import dev.opsmith.format.dockerfile.Flag;
import dev.opsmith.rules.RuleContext;

/** An insecure RUN is a privileged container on the build host, with all host devices and capabilities. */
public final class RunSecurityInsecure extends DockerfileRule {
    static final RuleMeta META = RuleMeta.builder("DF057", "`RUN --security=insecure` grants a privileged build step")
            .severity(Severity.HIGH).category(Category.SECURITY).format(Format.DOCKERFILE)
            .description("Reports `RUN --security=insecure`, also under ONBUILD. `--security=sandbox` (the default) "
                    + "is accepted.")
            .rationale("The step runs like `docker run --privileged`: every capability, host devices, no seccomp or "
                    + "AppArmor profile. Whatever the step downloads or executes can take over the build host or "
                    + "shared CI runner and tamper with other builds, which breaks the integrity of the whole "
                    + "pipeline. It only works when the builder grants the `security.insecure` entitlement, a grant "
                    + "few platforms should make.")
            .remediation("Do the privileged work outside the image build, or restructure the step so it needs no "
                    + "extra privileges (for example build file systems with tools that work unprivileged).")
            .reference("https://docs.docker.com/reference/dockerfile/#run---security")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(Dockerfile dockerfile, RuleContext context) {
        for (Flag f : RunCommands.runFlags(dockerfile, "security", "insecure")) {
            context.report(f.span(), "RUN --security=insecure runs the step privileged on the builder: "
                    + "remove it and do privileged work outside the build");
        }
    }
}
