package dev.opsmith.rules.dockerfile;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.dockerfile.Dockerfile;
import dev.opsmith.rules.RuleContext;

/** Only the last ENTRYPOINT of a stage counts; an earlier one suggests a process that never starts. */
public final class MultipleEntrypoint extends DockerfileRule {
    static final RuleMeta META = RuleMeta.builder("DF083", "More than one ENTRYPOINT in a stage")
            .severity(Severity.MEDIUM).category(Category.RELIABILITY).format(Format.DOCKERFILE)
            .description("Flags every `ENTRYPOINT` after the first one in the same build stage. Accepted: one "
                    + "ENTRYPOINT per stage, and ENTRYPOINTs in different stages. `ONBUILD ENTRYPOINT` is not counted.")
            .rationale("Docker keeps only the last ENTRYPOINT of a stage, and setting one also clears a CMD inherited "
                    + "from the base. An earlier ENTRYPOINT (a wrapper that loads secrets or drops privileges, say) "
                    + "silently never runs, which is easy to miss in review.")
            .remediation("Keep one ENTRYPOINT per stage; if several start-up steps are needed, chain them in one "
                    + "entrypoint script that ends with `exec \"$@\"`.")
            .reference("https://docs.docker.com/reference/dockerfile/#entrypoint")
            .reference("https://docs.docker.com/reference/build-checks/multiple-instructions-disallowed/")
            .equivalent("hadolint", "DL4004").equivalent("trivy", "DS007")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(Dockerfile df, RuleContext ctx) {
        RepeatedInstructions.report(df, ctx, "ENTRYPOINT", "so only the last one starts the container; keep one ENTRYPOINT");
    }
}
