package dev.opsmith.rules.dockerfile;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.dockerfile.Dockerfile;
import dev.opsmith.format.dockerfile.Instruction;
import dev.opsmith.rules.RuleContext;

/** ONBUILD cannot wrap ONBUILD, FROM or MAINTAINER; Docker refuses the Dockerfile. */
public final class OnbuildForbiddenTrigger extends DockerfileRule {
    static final RuleMeta META = RuleMeta.builder("DF145", "ONBUILD wraps ONBUILD, FROM or MAINTAINER")
            .severity(Severity.HIGH).category(Category.RELIABILITY).format(Format.DOCKERFILE)
            .description("Reports `ONBUILD ONBUILD ...`, `ONBUILD FROM ...` and `ONBUILD MAINTAINER ...`. Every other "
                    + "trigger instruction is accepted.")
            .rationale("Docker does not allow these three as triggers: chaining ONBUILD is forbidden, a trigger cannot "
                    + "start a new stage, and MAINTAINER is not a trigger. The build of the parent image fails.")
            .remediation("Remove the trigger, or express it with an allowed instruction (for metadata, "
                    + "`ONBUILD LABEL ...`).")
            .reference("https://docs.docker.com/reference/dockerfile/#onbuild")
            .equivalent("hadolint", "DL3043")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(Dockerfile dockerfile, RuleContext context) {
        for (Instruction onbuild : dockerfile.instructions("ONBUILD")) {
            Instruction trigger = onbuild.inner();
            if (trigger == null || !trigger.is("ONBUILD", "FROM", "MAINTAINER")) continue;
            String why = trigger.is("ONBUILD") ? "ONBUILD cannot be chained"
                    : trigger.is("FROM") ? "a trigger cannot start a new stage"
                    : "MAINTAINER is not allowed as a trigger";
            String fix = trigger.is("MAINTAINER") ? "; use ONBUILD LABEL if the metadata is needed" : "; remove it";
            context.report(trigger.keywordSpan(), "ONBUILD " + trigger.keyword() + " is rejected by Docker: " + why + fix);
        }
    }
}
