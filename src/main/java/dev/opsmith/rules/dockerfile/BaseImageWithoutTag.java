package dev.opsmith.rules.dockerfile;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.dockerfile.Dockerfile;
import dev.opsmith.rules.RuleContext;

/** An image named without tag or digest silently means {@code latest}, so every build may start from something else. */
public final class BaseImageWithoutTag extends DockerfileRule {
    static final RuleMeta META = RuleMeta.builder("DF001", "Base image has no tag or digest")
            .severity(Severity.MEDIUM).category(Category.RELIABILITY).format(Format.DOCKERFILE)
            .description("Reports an external image named with neither a tag nor a digest: in FROM (after build-arg "
                    + "defaults are substituted), in COPY --from and in RUN --mount=from. scratch, references to build "
                    + "stages, digest-pinned images and values that still hold an unresolved variable are accepted.")
            .rationale("Without a tag Docker pulls `latest`, which moves whenever the publisher pushes. Two builds of the "
                    + "same commit can then contain different operating systems and libraries, so a release cannot be "
                    + "rebuilt or audited from its source alone.")
            .remediation("Name an explicit version tag (`python:3.12-slim`) or, better, pin the digest as well "
                    + "(`python:3.12-slim@sha256:...`) and let an update bot raise pull requests for new versions.")
            .reference("https://docs.docker.com/reference/dockerfile/#from")
            .reference("https://docs.docker.com/build/building/best-practices/#pin-base-image-versions")
            .equivalent("hadolint", "DL3006")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(Dockerfile dockerfile, RuleContext context) {
        for (ImageReferences.ImageUse use : ImageReferences.external(dockerfile)) {
            if (use.image().hasUnresolvedVariable() || use.image().tag() != null || use.image().hasDigest()) continue;
            context.report(use.span(), use.where() + " " + use.shown() + " has no tag or digest, so it means whatever "
                    + "`latest` is on the day of the build; name a version such as " + use.image().resolved()
                    + ":<version> or pin a digest");
        }
    }
}
