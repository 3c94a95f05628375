package dev.opsmith.rules.dockerfile;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.dockerfile.Dockerfile;
import dev.opsmith.rules.RuleContext;

/** Only the last HEALTHCHECK of a stage counts; an earlier one is a probe that never runs. */
public final class MultipleHealthcheck extends DockerfileRule {
    static final RuleMeta META = RuleMeta.builder("DF084", "More than one HEALTHCHECK in a stage")
            .severity(Severity.LOW).category(Category.RELIABILITY).format(Format.DOCKERFILE)
            .description("Flags every `HEALTHCHECK` after the first one in the same build stage, `HEALTHCHECK NONE` "
                    + "included. Accepted: one HEALTHCHECK per stage, and HEALTHCHECKs in different stages. "
                    + "`ONBUILD HEALTHCHECK` is not counted.")
            .rationale("Docker keeps only the last HEALTHCHECK of a stage. A reviewer may trust the first probe (or a "
                    + "later `HEALTHCHECK NONE` may switch it off) without noticing, so the container's reported health "
                    + "is not what the Dockerfile appears to define.")
            .remediation("Keep one HEALTHCHECK per stage and delete the others.")
            .reference("https://docs.docker.com/reference/dockerfile/#healthcheck")
            .reference("https://docs.docker.com/reference/build-checks/multiple-instructions-disallowed/")
            .equivalent("hadolint", "DL3012").equivalent("trivy", "DS023")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(Dockerfile df, RuleContext ctx) {
        RepeatedInstructions.report(df, ctx, "HEALTHCHECK", "so only the last one probes the container; keep one HEALTHCHECK");
    }
}
