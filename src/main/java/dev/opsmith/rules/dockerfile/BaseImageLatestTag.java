package dev.opsmith.rules.dockerfile;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.dockerfile.Dockerfile;
import dev.opsmith.rules.RuleContext;

/** {@code latest} is a moving pointer, not a version: it gives no control over what the build starts from. */
public final class BaseImageLatestTag extends DockerfileRule {
    static final RuleMeta META = RuleMeta.builder("DF002", "Base image uses the mutable latest tag")
            .severity(Severity.MEDIUM).category(Category.RELIABILITY).format(Format.DOCKERFILE)
            .description("Reports an external image tagged `latest` in FROM (also when the tag comes from a build-arg "
                    + "default), COPY --from or RUN --mount=from. `image:latest@sha256:...` is accepted because the "
                    + "digest decides what is pulled; untagged images are DF001's concern.")
            .rationale("`latest` is re-pointed by the publisher at will. A build that was green yesterday can break or "
                    + "change behaviour today without a single commit, and the image that reached production cannot be "
                    + "traced back to a fixed base.")
            .remediation("Use a version tag (`node:22.11-alpine3.20`) and, for full reproducibility, add its digest; "
                    + "let Renovate or Dependabot propose upgrades.")
            .reference("https://docs.docker.com/reference/dockerfile/#from")
            .reference("https://docs.docker.com/build/building/best-practices/#pin-base-image-versions")
            .equivalent("trivy", "DS001").equivalent("checkov", "CKV_DOCKER_7")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(Dockerfile dockerfile, RuleContext context) {
        for (ImageReferences.ImageUse use : ImageReferences.external(dockerfile)) {
            if (use.image().hasUnresolvedVariable() || use.image().hasDigest() || !"latest".equals(use.image().tag())) continue;
            context.report(use.span(), use.where() + " " + use.shown() + " uses the `latest` tag, which the publisher "
                    + "moves at will; use a version tag instead (and pin its digest)");
        }
    }
}
