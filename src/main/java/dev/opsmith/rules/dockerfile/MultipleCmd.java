package dev.opsmith.rules.dockerfile;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.dockerfile.Dockerfile;
import dev.opsmith.rules.RuleContext;

/** Only the last CMD of a stage counts; an earlier one is dead code that misleads whoever reads the Dockerfile. */
public final class MultipleCmd extends DockerfileRule {
    static final RuleMeta META = RuleMeta.builder("DF082", "More than one CMD in a stage")
            .severity(Severity.LOW).category(Category.RELIABILITY).format(Format.DOCKERFILE)
            .description("Flags every `CMD` after the first one in the same build stage. Accepted: one CMD per stage, "
                    + "and CMDs in different stages (each stage is its own image). `ONBUILD CMD` is not counted.")
            .rationale("Docker keeps only the last CMD of a stage. The earlier ones look meaningful in review but never "
                    + "run, so the start-up command an auditor reads may not be the one that ships.")
            .remediation("Keep a single CMD per stage, normally at the end of the final stage; delete the others or move "
                    + "the extra start-up steps into an entrypoint script.")
            .reference("https://docs.docker.com/reference/dockerfile/#cmd")
            .reference("https://docs.docker.com/reference/build-checks/multiple-instructions-disallowed/")
            .equivalent("hadolint", "DL4003").equivalent("trivy", "DS016")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(Dockerfile df, RuleContext ctx) {
        RepeatedInstructions.report(df, ctx, "CMD", "so only the last one is the default command; keep one CMD");
    }
}
