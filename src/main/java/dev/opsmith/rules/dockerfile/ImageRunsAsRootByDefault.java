package dev.opsmith.rules.dockerfile;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.dockerfile.Dockerfile;
import dev.opsmith.format.dockerfile.ImageRef;
import dev.opsmith.format.dockerfile.Instruction;
import dev.opsmith.format.dockerfile.Stage;
import dev.opsmith.rules.RuleContext;

import java.util.List;

/** Without any USER the image inherits its base's user, which for almost every base is root. */
public final class ImageRunsAsRootByDefault extends DockerfileRule {
    static final RuleMeta META = RuleMeta.builder("DF051", "Final image never switches to a non-root user")
            .severity(Severity.MEDIUM).category(Category.SECURITY).format(Format.DOCKERFILE)
            .description("Reports the final stage's FROM when no stage of the final image (the last stage and the "
                    + "stages it is built on through FROM <alias>) has a USER instruction and the base image is not "
                    + "known to run as non-root. Known non-root bases are `gcr.io/distroless/*:nonroot`, any tag "
                    + "ending in `-nonroot` (such as `:debug-nonroot`) and `cgr.dev/chainguard/*`; add your own with "
                    + "the rule setting `non-root-bases` (image patterns, `*` matches anything). Bases given by an "
                    + "unresolved build arg are skipped.")
            .rationale("An image without USER runs as whatever its base says, and nearly every general-purpose base "
                    + "(debian, alpine, eclipse-temurin, python, node) says root. The risk is the same as an explicit "
                    + "USER root, only less visible in review.")
            .remediation("Add `USER <uid>` (a numeric UID of an account you create) at the end of the final stage, or "
                    + "build on a base that already runs as non-root, such as `gcr.io/distroless/java21-debian12:nonroot`.")
            .reference("https://docs.docker.com/reference/dockerfile/#user")
            .reference("https://github.com/GoogleContainerTools/distroless#docker")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(Dockerfile dockerfile, RuleContext context) {
        List<Stage> stages = FinalImage.stages(dockerfile);
        if (stages.isEmpty()) return;
        for (Stage s : stages) {
            for (Instruction i : s.instructions()) if (i.is("USER")) return;
        }
        ImageRef base = stages.get(stages.size() - 1).image();
        if (base.hasUnresolvedVariable() || NonRootBases.isNonRoot(base, context.setting(NonRootBases.SETTING))) return;
        Stage last = stages.get(0);
        context.report(last.from().span(), "the final image has no USER and its base '" + base.resolved()
                + "' runs as root: add USER <non-root uid> or use a non-root base image");
    }
}
