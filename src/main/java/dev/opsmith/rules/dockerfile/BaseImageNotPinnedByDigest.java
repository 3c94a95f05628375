package dev.opsmith.rules.dockerfile;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.dockerfile.Dockerfile;
import dev.opsmith.rules.RuleContext;

/** Tags can be re-pushed; only a digest names exactly one image, which supply-chain policies often require. */
public final class BaseImageNotPinnedByDigest extends DockerfileRule {
    static final RuleMeta META = RuleMeta.builder("DF003", "Base image not pinned by digest")
            .severity(Severity.LOW).category(Category.SECURITY).format(Format.DOCKERFILE).optIn()
            .description("Opt-in. Reports every external image in FROM, COPY --from and RUN --mount=from that has no "
                    + "`@sha256:` digest. scratch, build-stage references and values holding an unresolved variable "
                    + "are skipped.")
            .rationale("A tag is a mutable name: the publisher, or an attacker who obtains push rights, can point it at "
                    + "different content. A digest is the content hash, so the pulled image is exactly the one that was "
                    + "reviewed and scanned, which is what audit and SLSA-style provenance expect.")
            .remediation("Append the digest to the tag (`eclipse-temurin:21-jre@sha256:...`; `docker buildx imagetools "
                    + "inspect` prints it) and let an update bot such as Renovate or Dependabot keep it current.")
            .reference("https://docs.docker.com/build/building/best-practices/#pin-base-image-versions")
            .reference("https://docs.docker.com/reference/dockerfile/#from")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(Dockerfile dockerfile, RuleContext context) {
        for (ImageReferences.ImageUse use : ImageReferences.external(dockerfile)) {
            if (use.image().hasUnresolvedVariable() || use.image().hasDigest()) continue;
            context.report(use.span(), use.where() + " " + use.shown() + " is not pinned by digest; append "
                    + "@sha256:<digest> so the build always pulls the same content");
        }
    }
}
