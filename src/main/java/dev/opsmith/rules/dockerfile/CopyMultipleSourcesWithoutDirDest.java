package dev.opsmith.rules.dockerfile;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.dockerfile.Dockerfile;
import dev.opsmith.format.dockerfile.Instruction;
import dev.opsmith.format.dockerfile.Word;
import dev.opsmith.rules.RuleContext;

/** Several sources can only go into a directory; Docker refuses the build otherwise. */
public final class CopyMultipleSourcesWithoutDirDest extends DockerfileRule {
    static final RuleMeta META = RuleMeta.builder("DF063",
                    "COPY/ADD with several sources into a destination not ending in `/`")
            .severity(Severity.HIGH).category(Category.RELIABILITY).format(Format.DOCKERFILE)
            .description("Reports COPY and ADD (also under ONBUILD) with two or more sources (heredocs count) whose "
                    + "destination does not end in `/`. A single source, including a single wildcard such as "
                    + "`COPY target/*.jar app.jar`, is accepted, and so is a destination given by an unresolved "
                    + "variable.")
            .rationale("Docker treats the destination as a directory only when it ends in `/`; with several sources "
                    + "and a file-like destination the build fails, typically late in a pipeline run.")
            .remediation("End the destination with a slash: `COPY pom.xml mvnw /build/`.")
            .reference("https://docs.docker.com/reference/dockerfile/#destination")
            .equivalent("hadolint", "DL3021").equivalent("trivy", "DS011")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(Dockerfile dockerfile, RuleContext context) {
        for (Instruction ins : dockerfile.instructions()) {
            Instruction copy = ins.inner() != null ? ins.inner() : ins;
            if (!copy.is("COPY", "ADD") || copy.words().size() < 3) continue;
            Word dest = copy.words().get(copy.words().size() - 1);
            String value = dockerfile.expand(copy, dest.value());
            if (value.indexOf('$') >= 0 || value.endsWith("/") || value.endsWith("\\")) continue;
            context.report(dest.span(), copy.keyword() + " has " + (copy.words().size() - 1) + " sources but the "
                    + "destination '" + dest.value() + "' does not end in '/': the build fails; write '"
                    + dest.value() + "/'");
        }
    }
}
