package dev.opsmith.rules.dockerfile;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.dockerfile.Dockerfile;
import dev.opsmith.format.dockerfile.Flag;
import dev.opsmith.format.dockerfile.Instruction;
import dev.opsmith.rules.RuleContext;

/** A fixed {@code --platform} pins one architecture and silently defeats multi-platform builds. */
public final class FromPlatformHardcoded extends DockerfileRule {
    static final RuleMeta META = RuleMeta.builder("DF005", "FROM --platform set to a fixed value")
            .severity(Severity.LOW).category(Category.RELIABILITY).format(Format.DOCKERFILE)
            .description("Reports `FROM --platform=<value>` when the value is a literal such as `linux/amd64`. A value "
                    + "that uses a variable (`$BUILDPLATFORM`, `$TARGETPLATFORM`, a build arg) is accepted.")
            .rationale("With a literal platform every target of `docker buildx build --platform ...` gets the same "
                    + "architecture: an arm64 image that really contains amd64 binaries fails at start-up or runs under "
                    + "emulation, and the mistake only shows on the machines that run it.")
            .remediation("Drop the flag so the target platform applies, or use `--platform=$BUILDPLATFORM` for a "
                    + "cross-compiling builder stage. Choose the platform on the command line instead.")
            .reference("https://docs.docker.com/reference/dockerfile/#from")
            .reference("https://docs.docker.com/build/building/multi-platform/")
            .reference("https://docs.docker.com/reference/build-checks/from-platform-flag-const-disallowed/")
            .equivalent("hadolint", "DL3029")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(Dockerfile dockerfile, RuleContext context) {
        for (Instruction from : dockerfile.instructions("FROM")) {
            for (Flag platform : from.flags("platform")) {
                String value = platform.value();
                if (value == null || value.isBlank() || value.indexOf('$') >= 0) continue;
                context.report(platform.span(), "FROM --platform=" + value + " pins the platform, so multi-platform "
                        + "builds all get " + value + "; remove it or use $BUILDPLATFORM for a cross-compiling stage");
            }
        }
    }
}
