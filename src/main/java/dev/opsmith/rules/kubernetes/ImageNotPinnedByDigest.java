package dev.opsmith.rules.kubernetes;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.kubernetes.KubernetesManifests;
import dev.opsmith.rules.RuleContext;

/** Tags can be re-pushed; only a digest names exactly one image. */
public final class ImageNotPinnedByDigest extends KubernetesRule {
    static final RuleMeta META = RuleMeta.builder("K8S062", "Image not pinned by digest")
            .severity(Severity.LOW).category(Category.SECURITY).format(Format.KUBERNETES).optIn()
            .description("Opt-in. Reports the `image` of a container, init container or ephemeral container without "
                    + "an `@<algorithm>:<hex>` digest (`@sha256:…`), whether or not it has a tag. Template values are "
                    + "not judged.")
            .rationale("A tag is a mutable label: anyone with push rights to the repository, or an attacker who gains "
                    + "them, can point it at a different image and every node that pulls next runs it. A digest makes "
                    + "the manifest name one exact artefact, which is what signature verification, SBOMs and a "
                    + "change record for a regulated release actually refer to.")
            .remediation("Append the digest the pipeline built (`payments-api:4.1.0@sha256:…`; the tag stays for "
                    + "readers) and let Renovate or Dependabot propose digest updates.")
            .reference("https://kubernetes.io/docs/concepts/containers/images/#image-names")
            .equivalent("kube-linter", "image-not-pinned-by-digest").equivalent("checkov", "CKV_K8S_43")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(KubernetesManifests manifests, RuleContext context) {
        forEachPodSpec(manifests, (obj, spec) -> {
            for (ContainerImages.ContainerImage image : ContainerImages.of(spec)) {
                if (image.hasDigest()) continue;
                report(context, obj, image.node().span(), image.container().display() + " of " + obj.display()
                        + " runs image " + image.text() + " without a digest, so a re-pushed tag changes what runs; "
                        + "append @sha256:<digest>");
            }
        });
    }
}
