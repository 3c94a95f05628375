package dev.opsmith.rules.dockerfile;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.dockerfile.Dockerfile;
import dev.opsmith.format.dockerfile.Instruction;
import dev.opsmith.rules.RuleContext;

/** Only ARG may precede the first FROM; anything else has no stage to run in and fails the build. */
public final class InstructionBeforeFrom extends DockerfileRule {
    static final RuleMeta META = RuleMeta.builder("DF142", "Instruction before the first FROM")
            .severity(Severity.HIGH).category(Category.RELIABILITY).format(Format.DOCKERFILE)
            .description("Reports any instruction other than ARG that comes before the first FROM. Comments, parser "
                    + "directives and global ARGs are accepted; an unknown keyword there is reported by DF143 instead.")
            .rationale("Instructions need a stage to act on. BuildKit stops with `no build stage in current context`, "
                    + "typically after a merge or an edit moved a LABEL or ENV above the FROM.")
            .remediation("Move the instruction below the FROM of the stage it belongs to; only `ARG` (for values used "
                    + "in FROM lines) may stay above.")
            .reference("https://docs.docker.com/reference/dockerfile/#format")
            .reference("https://docs.docker.com/reference/dockerfile/#understand-how-arg-and-from-interact")
            .equivalent("hadolint", "DL3061")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(Dockerfile dockerfile, RuleContext context) {
        for (Instruction ins : dockerfile.instructions()) {
            if (ins.stageIndex() >= 0) break;
            if (ins.is("ARG") || ins.is("FROM") || !ins.known()) continue;
            context.report(ins.span(), ins.keyword() + " before the first FROM has no stage to run in and fails the "
                    + "build; move it below a FROM (only ARG may come first)");
        }
    }
}
