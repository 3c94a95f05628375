package dev.opsmith.rules.compose;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.compose.ComposeProject;
import dev.opsmith.format.compose.ComposeService;
import dev.opsmith.rules.RuleContext;

/** Tags can be re-pushed; only a digest names exactly one image. */
public final class ImageNotPinnedByDigest extends ComposeRule {
    static final RuleMeta META = RuleMeta.builder("CMP032", "Image not pinned by digest")
            .severity(Severity.LOW).category(Category.SECURITY).format(Format.COMPOSE).optIn()
            .description("Opt-in. Reports a service's `image` without an `@<algorithm>:<hex>` digest "
                    + "(`@sha256:…`) after `.env` interpolation, whether or not it has a tag. Services with `build:` "
                    + "are skipped, and so is a value whose last segment is an unresolved variable (`app@${DIGEST}`, "
                    + "`${IMAGE}`).")
            .rationale("A tag is a mutable label: anyone with push rights to the repository, or an attacker who gains "
                    + "them, can point it at another image, and every host that pulls next runs it. A digest makes the "
                    + "file name one exact artefact, which signatures, SBOMs and change records refer to.")
            .remediation("Append the digest of the tested image (`postgres:16.4@sha256:…`; the tag stays for "
                    + "readers) and let Renovate or Dependabot propose digest updates.")
            .reference("https://docs.docker.com/reference/compose-file/services/#image")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(ComposeProject project, RuleContext context) {
        for (ComposeService service : project.services()) {
            ServiceImages.of(service).filter(image -> !image.ref().hasDigest())
                    .ifPresent(image -> report(context, service, image.node(), "service \"" + service.name()
                            + "\" runs image " + image.text() + " without a digest, so a re-pushed tag changes what "
                            + "runs; append @sha256:<digest>"));
        }
    }
}
