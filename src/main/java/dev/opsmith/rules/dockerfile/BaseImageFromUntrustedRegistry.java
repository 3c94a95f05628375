package dev.opsmith.rules.dockerfile;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.dockerfile.Dockerfile;
import dev.opsmith.rules.RuleContext;
import dev.opsmith.rules.images.TrustedRegistries;


/** Teams that mirror and scan their images want every pull to go through the registries they control. */
public final class BaseImageFromUntrustedRegistry extends DockerfileRule {
    /** The setting ({@code rules.settings.DF004.trusted-registries}) that lists the allowed registry hosts. */
    static final String SETTING = "trusted-registries";

    static final RuleMeta META = RuleMeta.builder("DF004", "Image pulled from a registry outside the allow-list")
            .severity(Severity.HIGH).category(Category.SECURITY).format(Format.DOCKERFILE).optIn()
            .description("Opt-in, and active only when `rules.settings.DF004.trusted-registries` lists registry hosts. "
                    + "Reports an image in FROM, COPY --from or RUN --mount=from whose registry is not on the list. "
                    + "Images without a registry host are Docker Hub and count as `docker.io`; an entry `*.example.com` "
                    + "allows every subdomain of example.com; hosts compare case-insensitively and with their port. "
                    + "scratch, build-stage references and values with an unresolved variable are skipped.")
            .rationale("A regulated delivery chain pulls base images only from registries it controls or has vetted "
                    + "(an internal mirror with scanning, signing and retention). A Dockerfile that reaches out to an "
                    + "arbitrary registry bypasses those controls and widens the supply-chain attack surface.")
            .remediation("Pull the image through an approved registry or mirror (for example "
                    + "`registry.example.com/dockerhub/python:3.12-slim`), or add the registry to the allow-list after "
                    + "review.")
            .reference("https://docs.docker.com/docker-hub/image-library/mirror/")
            .reference("https://slsa.dev/spec/v1.0/threats")
            .equivalent("hadolint", "DL3026")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(Dockerfile dockerfile, RuleContext context) {
        TrustedRegistries trusted = TrustedRegistries.of(context.setting(SETTING));
        if (trusted.isEmpty()) return;
        for (ImageReferences.ImageUse use : ImageReferences.external(dockerfile)) {
            if (use.image().hasUnresolvedVariable()) continue;
            String registry = use.image().registryHost();
            if (trusted.trusts(registry)) continue;
            context.report(use.span(), use.where() + " " + use.shown() + " is pulled from " + registry
                            + ", which is not in the trusted registries (" + trusted
                            + "); pull it through an approved registry or mirror")
                    .property("registry", registry);
        }
    }
}
