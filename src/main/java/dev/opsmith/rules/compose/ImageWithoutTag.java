package dev.opsmith.rules.compose;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.compose.ComposeProject;
import dev.opsmith.format.compose.ComposeService;
import dev.opsmith.rules.RuleContext;

/** An image without tag or digest is whatever {@code latest} points at on the day the host pulls it. */
public final class ImageWithoutTag extends ComposeRule {
    static final RuleMeta META = RuleMeta.builder("CMP030", "Image has neither tag nor digest")
            .severity(Severity.MEDIUM).category(Category.RELIABILITY).format(Format.COMPOSE)
            .description("Reports a service's `image` that, after `.env` interpolation, has no `:tag` after its last "
                    + "`/` and no `@sha256:` digest (`postgres`, `registry.example.com:5000/payments/api`; a registry "
                    + "port is not a tag). `${REGISTRY}/payments/api` is judged by its literal end; a value whose "
                    + "last segment is an unresolved variable (`api:${TAG}`, `${IMAGE}`) is not. Services with "
                    + "`build:` are skipped: their `image` names what Compose builds. An explicit `latest` is CMP031's.")
            .rationale("Without a tag Docker pulls `latest`, so two hosts, or the same host before and after "
                    + "`docker compose pull`, run different code from the same file, and a rollback to an older "
                    + "commit of the file does not roll the service back.")
            .remediation("Add the version tag the service was tested with (`postgres:16.4`), ideally with its "
                    + "digest (`postgres:16.4@sha256:…`).")
            .reference("https://docs.docker.com/reference/compose-file/services/#image")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(ComposeProject project, RuleContext context) {
        for (ComposeService service : project.services()) {
            ServiceImages.of(service).filter(ServiceImages.ServiceImage::isUntagged).ifPresent(image ->
                    report(context, service, image.node(), "service \"" + service.name() + "\" runs image "
                            + image.text() + " without a tag or digest, so it gets whatever latest is when pulled; "
                            + "add a version tag (and its digest)"));
        }
    }
}
