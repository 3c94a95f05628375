package dev.opsmith.rules.kubernetes;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.kubernetes.KubernetesManifests;
import dev.opsmith.format.yaml.YamlNode;
import dev.opsmith.rules.RuleContext;

/**
 * With a cached image the kubelet never asks the registry again, so neither a re-pushed tag nor a revoked pull
 * credential is noticed; on shared nodes another tenant's pod can even start from the cached copy.
 */
public final class ImagePullPolicyNotAlways extends KubernetesRule {
    static final RuleMeta META = RuleMeta.builder("K8S063", "imagePullPolicy not Always for a mutable reference")
            .severity(Severity.LOW).category(Category.SECURITY).format(Format.KUBERNETES).optIn()
            .description("Opt-in. Reports a container, init container or ephemeral container whose image is referred "
                    + "to by tag and that may start from the node's cache: `imagePullPolicy: IfNotPresent` or `Never`, "
                    + "or no policy with a tag other than `latest` (Kubernetes then defaults to IfNotPresent). Images "
                    + "pinned by digest are accepted whatever the policy, because the cache can only hold that exact "
                    + "image; untagged and `latest` images without a policy default to Always and are accepted too. "
                    + "Template values are not judged.")
            .rationale("`Always` makes the kubelet resolve the reference with the registry at every container start. "
                    + "That re-checks the pod's pull credentials, so on multi-tenant nodes a pod cannot run a private "
                    + "image merely because another tenant pulled it earlier, and a tag moved for a security fix is "
                    + "picked up. The pull is cheap: layers already on the node are not downloaded again.")
            .remediation("Set `imagePullPolicy: Always`, or pin the image by digest (then any policy is safe). Clusters "
                    + "can enforce this with the AlwaysPullImages admission plugin.")
            .reference("https://kubernetes.io/docs/concepts/containers/images/#image-pull-policy")
            .reference("https://kubernetes.io/docs/reference/access-authn-authz/admission-controllers/#alwayspullimages")
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
                YamlNode policy = image.container().node().get("imagePullPolicy");
                String who = image.container().display() + " of " + obj.display();
                if (policy.present()) {
                    String value = policy.text().orElse("");
                    if (!value.equals("IfNotPresent") && !value.equals("Never")) continue;
                    report(context, obj, policy.span(), who + " uses imagePullPolicy: " + value + " for the mutable "
                            + "reference " + image.text() + ", so a cached copy starts without the registry checking "
                            + "access; set Always or pin the digest");
                } else if (image.ref().tag() != null && !image.ref().tag().equals("latest")) {
                    report(context, obj, image.node().span(), who + " has no imagePullPolicy, which defaults to "
                            + "IfNotPresent for the tagged image " + image.text() + "; set imagePullPolicy: Always or "
                            + "pin the digest");
                }
            }
        });
    }
}
