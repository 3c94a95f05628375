package dev.opsmith.rules.dockerfile;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.dockerfile.Dockerfile;
import dev.opsmith.format.dockerfile.Instruction;
import dev.opsmith.format.dockerfile.Word;
import dev.opsmith.rules.RuleContext;

/** A relative WORKDIR depends on whatever directory the base image happened to leave behind. */
public final class WorkdirNotAbsolute extends DockerfileRule {
    static final RuleMeta META = RuleMeta.builder("DF060", "WORKDIR path is relative")
            .severity(Severity.MEDIUM).category(Category.RELIABILITY).format(Format.DOCKERFILE)
            .description("Reports a WORKDIR (also under ONBUILD) whose path is relative, such as `WORKDIR app`. "
                    + "Absolute paths, Windows paths (`C:\\app`) and paths that start with a variable (`$HOME/app`, "
                    + "`${APP_DIR}`) are accepted.")
            .rationale("A relative WORKDIR is resolved against the previous working directory, which may come from "
                    + "the base image. When the base image changes its WORKDIR, files silently move and COPY, "
                    + "CMD and scripts that rely on the path break, or worse, work against the wrong directory.")
            .remediation("Use an absolute path: `WORKDIR /opt/app`.")
            .reference("https://docs.docker.com/reference/dockerfile/#workdir")
            .equivalent("hadolint", "DL3000").equivalent("checkov", "CKV_DOCKER_10").equivalent("trivy", "DS009")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(Dockerfile dockerfile, RuleContext context) {
        for (Instruction ins : dockerfile.instructions()) {
            Instruction w = ins.inner() != null ? ins.inner() : ins;
            if (!w.is("WORKDIR") || w.words().isEmpty()) continue;
            Word path = w.words().get(0);
            String v = path.value();
            if (v.isEmpty() || ContainerPaths.isAbsolute(v) || ContainerPaths.startsWithVariable(v)) continue;
            context.report(path.span(), "WORKDIR '" + v + "' is relative to whatever directory came before: use an "
                    + "absolute path such as /" + v.replaceFirst("^\\./", ""));
        }
    }
}
