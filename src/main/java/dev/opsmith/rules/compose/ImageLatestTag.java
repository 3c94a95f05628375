package dev.opsmith.rules.compose;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.compose.ComposeProject;
import dev.opsmith.format.compose.ComposeService;
import dev.opsmith.rules.RuleContext;

/** {@code latest} is a pointer the publisher moves, not a version. */
public final class ImageLatestTag extends ComposeRule {
    static final RuleMeta META = RuleMeta.builder("CMP031", "Image uses the mutable latest tag")
            .severity(Severity.MEDIUM).category(Category.RELIABILITY).format(Format.COMPOSE)
            .description("Reports a service's `image` tagged `latest` after `.env` interpolation, defaults included: "
                    + "`payments/api:${TAG:-latest}` is `latest` when `.env` does not set `TAG`. A digest wins "
                    + "(`app:latest@sha256:…` is accepted); a tag that is an unresolved variable is not judged; "
                    + "untagged images are CMP030's; services with `build:` are skipped.")
            .rationale("Whoever pushes `latest` decides what the next `docker compose pull` or a fresh host runs, "
                    + "with no commit or review. Hosts drift apart, and an incident cannot be traced back to the "
                    + "build that was running.")
            .remediation("Use an immutable version tag (`redis:7.4.1`), preferably with its digest, and let an "
                    + "update bot propose new versions through reviewed changes.")
            .reference("https://docs.docker.com/reference/compose-file/services/#image")
            .reference("https://docs.docker.com/reference/compose-file/interpolation/")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(ComposeProject project, RuleContext context) {
        for (ComposeService service : project.services()) {
            ServiceImages.of(service)
                    .filter(image -> !image.ref().hasDigest() && "latest".equals(image.ref().tag()))
                    .ifPresent(image -> report(context, service, image.node(), "service \"" + service.name()
                            + "\" runs image " + image.text() + " with the latest tag, which the publisher moves "
                            + "at will; use a version tag (and pin its digest)"));
        }
    }
}
