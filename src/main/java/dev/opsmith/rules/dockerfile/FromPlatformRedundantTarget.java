package dev.opsmith.rules.dockerfile;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.dockerfile.Dockerfile;
import dev.opsmith.format.dockerfile.Flag;
import dev.opsmith.format.dockerfile.Instruction;
import dev.opsmith.rules.RuleContext;

/** {@code --platform=$TARGETPLATFORM} restates the default and only adds noise to the FROM line. */
public final class FromPlatformRedundantTarget extends DockerfileRule {
    static final RuleMeta META = RuleMeta.builder("DF006", "FROM --platform=$TARGETPLATFORM is redundant")
            .severity(Severity.INFO).category(Category.HYGIENE).format(Format.DOCKERFILE)
            .description("Reports `FROM --platform=$TARGETPLATFORM` (or `${TARGETPLATFORM}`): a stage is built for the "
                    + "target platform anyway. Every other value is left alone.")
            .rationale("Redundant flags make readers look for a meaning that is not there, and they hide the FROM lines "
                    + "that really change the platform, such as a `$BUILDPLATFORM` builder.")
            .remediation("Remove the `--platform=$TARGETPLATFORM` flag.")
            .reference("https://docs.docker.com/reference/build-checks/redundant-target-platform/")
            .equivalent("hadolint", "DL3065")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(Dockerfile dockerfile, RuleContext context) {
        for (Instruction from : dockerfile.instructions("FROM")) {
            for (Flag platform : from.flags("platform")) {
                String value = platform.value() == null ? "" : platform.value().trim();
                if (value.equals("$TARGETPLATFORM") || value.equals("${TARGETPLATFORM}")) {
                    context.report(platform.span(), "--platform=" + value + " is the default platform of every stage; "
                            + "remove the flag");
                }
            }
        }
    }
}
