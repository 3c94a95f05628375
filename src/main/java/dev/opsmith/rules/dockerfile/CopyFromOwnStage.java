package dev.opsmith.rules.dockerfile;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.dockerfile.Dockerfile;
import dev.opsmith.format.dockerfile.Flag;
import dev.opsmith.format.dockerfile.Instruction;
import dev.opsmith.format.dockerfile.Stage;
import dev.opsmith.rules.RuleContext;

import java.util.Locale;

/** A stage cannot copy from itself: BuildKit rejects the circular dependency. */
public final class CopyFromOwnStage extends DockerfileRule {
    static final RuleMeta META = RuleMeta.builder("DF140", "COPY --from references its own stage")
            .severity(Severity.HIGH).category(Category.RELIABILITY).format(Format.DOCKERFILE)
            .description("Reports `COPY --from=<name>` where the name (after build-arg substitution) is the alias or "
                    + "the index of the stage the COPY belongs to. References to earlier stages are accepted.")
            .rationale("A stage that reads from itself is a dependency cycle: the build stops with an error, usually "
                    + "after a rename or a copy-paste left the wrong alias behind.")
            .remediation("Point `--from` at the earlier stage that produces the files, or use a plain COPY from the "
                    + "build context.")
            .reference("https://docs.docker.com/reference/dockerfile/#copy---from")
            .reference("https://docs.docker.com/build/building/multi-stage/")
            .equivalent("hadolint", "DL3023").equivalent("trivy", "DS006")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(Dockerfile dockerfile, RuleContext context) {
        for (Instruction copy : dockerfile.instructions("COPY")) {
            Stage stage = dockerfile.stageOf(copy).orElse(null);
            if (stage == null) continue;
            for (Flag from : copy.flags("from")) {
                if (from.value() == null) continue;
                String value = dockerfile.expand(copy, from.value()).trim().toLowerCase(Locale.ROOT);
                if (value.equals(stage.name()) || value.equals(Integer.toString(stage.index()))) {
                    context.report(from.span(), "COPY --from=" + from.value() + " names the stage it is in ("
                            + stage.nameOrIndex() + "), a cycle BuildKit rejects; copy from the earlier stage that "
                            + "builds these files").related(stage.from().span(), "the stage starts here");
                }
            }
        }
    }
}
