package dev.opsmith.rules.dockerfile;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.dockerfile.Dockerfile;
import dev.opsmith.format.dockerfile.Stage;
import dev.opsmith.rules.RuleContext;

import java.util.Set;

/** {@code scratch} and {@code context} already mean something to BuildKit, so a stage cannot be named after them. */
public final class ReservedStageName extends DockerfileRule {
    private static final Set<String> RESERVED = Set.of("scratch", "context");

    static final RuleMeta META = RuleMeta.builder("DF148", "Stage alias is a reserved word")
            .severity(Severity.MEDIUM).category(Category.RELIABILITY).format(Format.DOCKERFILE)
            .description("Reports a stage named `scratch` or `context` (case-insensitive). Other names are accepted.")
            .rationale("`scratch` is the empty base image and `context` refers to the build context in named-context "
                    + "references. A stage with either name is ambiguous: BuildKit reports it, and references to the "
                    + "name may not reach the stage the author meant.")
            .remediation("Rename the stage, for example `AS base` or `AS sources`, and update its references.")
            .reference("https://docs.docker.com/reference/build-checks/reserved-stage-name/")
            .equivalent("hadolint", "DL3063")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(Dockerfile dockerfile, RuleContext context) {
        for (Stage stage : dockerfile.stages()) {
            if (stage.name() == null || !RESERVED.contains(stage.name()) || stage.from().words().size() < 3) continue;
            context.report(stage.from().words().get(2).span(), "stage alias '" + stage.name() + "' is reserved by "
                    + "BuildKit; rename the stage (for example 'base') and update its references");
        }
    }
}
