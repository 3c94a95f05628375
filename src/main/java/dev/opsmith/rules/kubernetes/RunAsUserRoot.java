package dev.opsmith.rules.kubernetes;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.kubernetes.Container;
import dev.opsmith.format.kubernetes.KubernetesManifests;
import dev.opsmith.format.yaml.YamlNode;
import dev.opsmith.rules.RuleContext;

/** {@code runAsUser: 0} asks for root in so many words. */
public final class RunAsUserRoot extends KubernetesRule {
    static final RuleMeta META = RuleMeta.builder("K8S011", "runAsUser set to 0")
            .severity(Severity.HIGH).category(Category.SECURITY).format(Format.KUBERNETES)
            .description("Pod Security Standards control \"Running as Non-root user\" of the restricted profile only "
                    + "(off under `--pss-profile baseline`). Reports `runAsUser: 0` in the pod's `securityContext` "
                    + "or in the `securityContext` of any container, init container or ephemeral container. "
                    + "Non-zero values and an absent field are fine.")
            .rationale("UID 0 inside a container is the same UID 0 the node's kernel knows (unless user namespaces "
                    + "are in use). Root in the container can write everything in the image, read mounted secrets "
                    + "regardless of file modes, and is one kernel bug away from root on the node. Pinning it "
                    + "explicitly also defeats `runAsNonRoot`, because the kubelet then refuses to start the pod.")
            .remediation("Use a dedicated non-zero UID (for example `runAsUser: 10001`) that owns what the "
                    + "application writes, with `runAsNonRoot: true`.")
            .reference("https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted")
            .equivalent("trivy", "KSV105")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(KubernetesManifests manifests, RuleContext context) {
        forEachPodSpec(manifests, (obj, pod) -> {
            YamlNode podValue = pod.securityContext().get("runAsUser");
            if (podValue.integer().map(v -> v == 0).orElse(false)) {
                report(context, obj, podValue.span(), obj.display() + " runs every container as root (runAsUser: 0):"
                        + " use a non-zero UID");
            }
            for (Container c : pod.allContainers()) {
                YamlNode own = c.securityContext().get("runAsUser");
                if (own.integer().map(v -> v == 0).orElse(false)) {
                    report(context, obj, own.span(), c.display() + " of " + obj.display()
                            + " runs as root (runAsUser: 0): use a non-zero UID");
                }
            }
        });
    }
}
