package dev.opsmith.rules.kubernetes;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.kubernetes.KubernetesManifests;
import dev.opsmith.rules.RuleContext;

/** {@code latest} is a pointer the publisher moves, not a version. */
public final class ImageLatestTag extends KubernetesRule {
    static final RuleMeta META = RuleMeta.builder("K8S061", "Image uses the mutable latest tag")
            .severity(Severity.MEDIUM).category(Category.RELIABILITY).format(Format.KUBERNETES)
            .description("Reports the `image` of a container, init container or ephemeral container tagged `latest`. "
                    + "`image:latest@sha256:…` is accepted because the digest decides what is pulled; untagged images "
                    + "are K8S060's; template values are not judged.")
            .rationale("Whoever pushes `latest` changes what the next pod start runs, with no commit, review or "
                    + "change record. Replicas drift apart as nodes pull at different times, and an incident cannot be "
                    + "traced back to the build that was running.")
            .remediation("Deploy an immutable version tag (`card-vault:3.2.0`), preferably with its digest, and let "
                    + "the pipeline or an update bot bump it through a reviewed change.")
            .reference("https://kubernetes.io/docs/concepts/containers/images/#image-names")
            .reference("https://kubernetes.io/docs/concepts/configuration/overview/#container-images")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(KubernetesManifests manifests, RuleContext context) {
        forEachPodSpec(manifests, (obj, spec) -> {
            for (ContainerImages.ContainerImage image : ContainerImages.of(spec)) {
                if (image.hasDigest() || !"latest".equals(image.ref().tag())) continue;
                report(context, obj, image.node().span(), image.container().display() + " of " + obj.display()
                        + " runs image " + image.text() + ", whose latest tag the publisher moves at will; deploy a "
                        + "version tag (and pin its digest)");
            }
        });
    }
}
