package dev.opsmith.rules.dockerfile;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.dockerfile.Dockerfile;
import dev.opsmith.format.dockerfile.Word;
import dev.opsmith.rules.RuleContext;

/** Without an ignore file, `COPY .` puts everything in the checkout into the image, secrets and .git included. */
public final class BuildContextCopiedWithoutDockerignore extends DockerfileRule {
    static final RuleMeta META = RuleMeta.builder("DF066", "Whole build context copied with no `.dockerignore`")
            .severity(Severity.MEDIUM).category(Category.SECURITY).format(Format.DOCKERFILE)
            .description("Reports `COPY . <dst>` and `ADD . <dst>` (also `./`) from the build context when there is "
                    + "neither a `<Dockerfile name>.dockerignore` beside the Dockerfile nor a `.dockerignore` in the "
                    + "context directory (by default the Dockerfile's directory). Copies of explicit paths and "
                    + "`COPY --from` are not reported.")
            .rationale("Everything in the working copy goes into the layer: the .git history, local .env files, "
                    + "cloud credentials, keys and test data with customer records. Anyone who can pull the image "
                    + "can read them, and a developer's untracked files make the build unreproducible.")
            .remediation("Add a `.dockerignore` that excludes at least `.git`, `.env*`, `*.pem`, `*.key`, `.npmrc`, "
                    + "`.aws` and `.ssh` (or list what to include: `*` followed by `!src`), or copy explicit paths.")
            .reference("https://docs.docker.com/build/concepts/context/#dockerignore-files")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(Dockerfile dockerfile, RuleContext context) {
        if (dockerfile.dockerIgnore().isPresent()) return;
        for (Word src : BuildContextCopies.of(dockerfile)) {
            context.report(src.span(), "'" + src.value() + "' copies the whole build context and there is no "
                    + ".dockerignore: add one that excludes .git, .env*, keys and credentials, or copy explicit paths");
        }
    }
}
