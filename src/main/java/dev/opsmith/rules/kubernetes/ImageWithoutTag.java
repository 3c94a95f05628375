package dev.opsmith.rules.kubernetes;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.kubernetes.KubernetesManifests;
import dev.opsmith.rules.RuleContext;

/** An image without tag or digest is whatever {@code latest} points at on the day a node pulls it. */
public final class ImageWithoutTag extends KubernetesRule {
    static final RuleMeta META = RuleMeta.builder("K8S060", "Image has neither tag nor digest")
            .severity(Severity.MEDIUM).category(Category.RELIABILITY).format(Format.KUBERNETES)
            .description("Reports the `image` of a container, init container or ephemeral container that has no "
                    + "`:tag` after its last `/` and no `@sha256:` digest (`payments-api`, "
                    + "`registry.example.com:5000/team/ledger`; the port of a registry is not a tag). Values that still "
                    + "hold template syntax (`{{ … }}`, `${…}`) are not judged. An explicit `latest` tag is K8S061's.")
            .rationale("Without a tag the runtime pulls `latest`, so two nodes can run different code under the same "
                    + "manifest and a rollback re-deploys whatever is newest. For an audited release process the "
                    + "manifest has to say which build runs in production.")
            .remediation("Add the version tag your pipeline produced (`ledger:2.14.3`), ideally with its digest "
                    + "(`ledger:2.14.3@sha256:…`).")
            .reference("https://kubernetes.io/docs/concepts/containers/images/#image-names")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(KubernetesManifests manifests, RuleContext context) {
        forEachPodSpec(manifests, (obj, spec) -> {
            for (ContainerImages.ContainerImage image : ContainerImages.of(spec)) {
                if (!image.isUntagged()) continue;
                report(context, obj, image.node().span(), image.container().display() + " of " + obj.display()
                        + " runs image " + image.text() + " without a tag or digest, so it gets whatever latest is "
                        + "when pulled; add a version tag (and its digest)");
            }
        });
    }
}
