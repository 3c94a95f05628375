package dev.opsmith.rules.kubernetes;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.kubernetes.KubernetesManifests;
import dev.opsmith.rules.RuleContext;
import dev.opsmith.rules.images.TrustedRegistries;


/** Images should come only from registries the platform controls: mirrored, scanned, signed and retained. */
public final class ImageFromUntrustedRegistry extends KubernetesRule {
    /** The setting ({@code rules.settings.K8S064.trusted-registries}) that lists the allowed registry hosts. */
    static final String SETTING = "trusted-registries";

    static final RuleMeta META = RuleMeta.builder("K8S064", "Image registry outside the allow-list")
            .severity(Severity.HIGH).category(Category.SECURITY).format(Format.KUBERNETES).optIn()
            .description("Opt-in, and active only when `rules.settings.K8S064.trusted-registries` lists registry "
                    + "hosts. Reports the `image` of a container, init container or ephemeral container whose registry "
                    + "is not on the list. Images without a registry host (`nginx`, `team/app`) are Docker Hub and "
                    + "count as `docker.io` (as do `index.docker.io` and `registry-1.docker.io`); an entry "
                    + "`*.example.com` allows every subdomain of example.com; hosts compare case-insensitively and "
                    + "with their port. Template values are not judged.")
            .rationale("A regulated platform has to show that what runs in production passed its supply-chain "
                    + "controls: vulnerability scanning, signature checks, licence review, retention for forensics. "
                    + "Those controls live in the registries it operates or mirrors; an image pulled straight from a "
                    + "public or unknown registry skips all of them.")
            .remediation("Pull the image through an approved registry or mirror (`registry.example.com/dockerhub/"
                    + "library/nginx:1.27`), or, after review, add its registry to `trusted-registries`. Enforce the "
                    + "same list at admission time.")
            .reference("https://kubernetes.io/docs/concepts/containers/images/#image-names")
            .reference("https://slsa.dev/spec/v1.0/threats")
            .equivalent("trivy", "KSV125")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(KubernetesManifests manifests, RuleContext context) {
        TrustedRegistries trusted = TrustedRegistries.of(context.setting(SETTING));
        if (trusted.isEmpty()) return;
        forEachPodSpec(manifests, (obj, spec) -> {
            for (ContainerImages.ContainerImage image : ContainerImages.of(spec)) {
                String registry = image.registry();
                if (trusted.trusts(registry)) continue;
                report(context, obj, image.node().span(), image.container().display() + " of " + obj.display()
                        + " pulls " + image.text() + " from " + registry + ", which is not a trusted registry ("
                        + trusted + "); pull it through an approved registry or mirror")
                        .property("registry", registry);
            }
        });
    }
}
