package dev.opsmith.rules.dockerfile;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.dockerfile.Dockerfile;
import dev.opsmith.format.dockerfile.Instruction;
import dev.opsmith.format.dockerfile.Word;
import dev.opsmith.rules.RuleContext;

/** Without a WORKDIR, a relative COPY destination depends on the base image's working directory. */
public final class CopyRelativeDestWithoutWorkdir extends DockerfileRule {
    static final RuleMeta META = RuleMeta.builder("DF064", "COPY to a relative destination with no WORKDIR set")
            .severity(Severity.LOW).category(Category.RELIABILITY).format(Format.DOCKERFILE)
            .description("Reports a COPY whose destination is relative (`COPY app.jar app/`, `COPY . .`) when no "
                    + "WORKDIR comes before it in its stage or in the stages it is built on through FROM <alias>. "
                    + "Absolute destinations, Windows paths and destinations that start with a variable are "
                    + "accepted.")
            .rationale("The files land in the base image's working directory, which the Dockerfile does not show "
                    + "and which can change when the base is updated. CMD and scripts that expect the files "
                    + "elsewhere then break without any change in this repository.")
            .remediation("Set `WORKDIR /app` before the COPY, or copy to an absolute path.")
            .reference("https://docs.docker.com/reference/dockerfile/#workdir")
            .equivalent("hadolint", "DL3045")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(Dockerfile dockerfile, RuleContext context) {
        for (Instruction copy : dockerfile.instructions("COPY")) {
            if (copy.words().size() < 2 || copy.stageIndex() < 0) continue;
            Word dest = copy.words().get(copy.words().size() - 1);
            String v = dest.value();
            if (ContainerPaths.isAbsolute(v) || ContainerPaths.startsWithVariable(v)) continue;
            if (!ContainerPaths.workdirsBefore(dockerfile, copy).isEmpty()) continue;
            context.report(dest.span(), "COPY to relative '" + v + "' with no WORKDIR set: the files land in the "
                    + "base image's working directory; add WORKDIR or use an absolute destination");
        }
    }
}
