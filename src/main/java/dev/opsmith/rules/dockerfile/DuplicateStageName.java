package dev.opsmith.rules.dockerfile;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.dockerfile.Dockerfile;
import dev.opsmith.format.dockerfile.Stage;
import dev.opsmith.rules.RuleContext;

import java.util.HashMap;
import java.util.Map;

/** Stage aliases must be unique; BuildKit refuses a file that reuses one. */
public final class DuplicateStageName extends DockerfileRule {
    static final RuleMeta META = RuleMeta.builder("DF147", "Two stages share an alias")
            .severity(Severity.HIGH).category(Category.RELIABILITY).format(Format.DOCKERFILE)
            .description("Reports a `FROM ... AS <name>` whose name (compared case-insensitively, as Docker does) was "
                    + "already used by an earlier stage. Unique aliases are accepted.")
            .rationale("An alias identifies one stage for `COPY --from`, `FROM <alias>` and `--target`. BuildKit stops "
                    + "with a duplicate-name error, and older builders silently picked one of the stages, so the image "
                    + "could contain files from the wrong one.")
            .remediation("Give every stage its own alias (for example `build-api` and `build-worker`) and update the "
                    + "references.")
            .reference("https://docs.docker.com/reference/build-checks/duplicate-stage-name/")
            .reference("https://docs.docker.com/build/building/multi-stage/#name-your-build-stages")
            .equivalent("hadolint", "DL3024").equivalent("checkov", "CKV_DOCKER_11").equivalent("trivy", "DS012")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(Dockerfile dockerfile, RuleContext context) {
        Map<String, Stage> seen = new HashMap<>();
        for (Stage stage : dockerfile.stages()) {
            if (stage.name() == null) continue;
            Stage first = seen.putIfAbsent(stage.name(), stage);
            if (first == null || stage.from().words().size() < 3) continue;
            context.report(stage.from().words().get(2).span(), "stage alias '" + stage.name() + "' is already used by "
                            + "stage " + first.index() + "; Docker rejects duplicate aliases, so rename one of them")
                    .related(first.from().words().get(2).span(), "first use of the alias");
        }
    }
}
