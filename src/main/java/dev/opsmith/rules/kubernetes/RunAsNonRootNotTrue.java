package dev.opsmith.rules.kubernetes;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.core.Span;
import dev.opsmith.format.kubernetes.Container;
import dev.opsmith.format.kubernetes.KubernetesManifests;
import dev.opsmith.format.yaml.YamlEntry;
import dev.opsmith.format.yaml.YamlNode;
import dev.opsmith.rules.RuleContext;

/**
 * PSS restricted wants the kubelet to refuse root: {@code runAsNonRoot: true} in effect for every container.
 * A non-zero {@code runAsUser} alone is not enough, because Pod Security Admission rejects such a pod.
 */
public final class RunAsNonRootNotTrue extends KubernetesRule {
    static final RuleMeta META = RuleMeta.builder("K8S010", "Container is not required to run as non-root")
            .severity(Severity.MEDIUM).category(Category.SECURITY).format(Format.KUBERNETES)
            .description("Pod Security Standards control \"Running as Non-root\" of the restricted profile only "
                    + "(off under `--pss-profile baseline`). For each container, init container and ephemeral "
                    + "container the effective `runAsNonRoot` must be `true`: the container's value wins, the pod's "
                    + "`spec.securityContext.runAsNonRoot` applies otherwise, so one pod-level `runAsNonRoot: true` "
                    + "covers every container that does not override it. Reports a container-level `false`, a "
                    + "pod-level `false` (Pod Security Admission rejects it even when every container overrides it), "
                    + "and containers for which neither level sets it (at the pod's `securityContext`, else at the "
                    + "container's name). A non-zero `runAsUser` without `runAsNonRoot: true` is still reported, as "
                    + "Pod Security Admission does.")
            .rationale("With `runAsNonRoot: true` the kubelet refuses to start a container whose user resolves to "
                    + "UID 0, whatever the image says. Without it, a base-image change or a forgotten USER line "
                    + "silently puts a payment service back to root, and a container escape then starts with root "
                    + "privileges. The restricted Pod Security profile requires it.")
            .remediation("Set `runAsNonRoot: true` in the pod's `securityContext` (together with a non-zero "
                    + "`runAsUser` when the image has no numeric USER), and remove container-level "
                    + "`runAsNonRoot: false` overrides.")
            .reference("https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted")
            .reference("https://kubernetes.io/docs/tasks/configure-pod-container/security-context/")
            .equivalent("trivy", "KSV012")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(KubernetesManifests manifests, RuleContext context) {
        forEachPodSpec(manifests, (obj, pod) -> {
            YamlNode podValue = pod.securityContext().get("runAsNonRoot");
            if (EffectiveSecurityContext.isTemplated(podValue)) return;
            boolean podTrue = EffectiveSecurityContext.isTrue(podValue);
            boolean podSet = EffectiveSecurityContext.isSet(podValue);
            if (podSet && !podTrue) {
                report(context, obj, podValue.span(), obj.display() + " sets runAsNonRoot to "
                        + podValue.text().orElse("a non-boolean") + " for the whole pod: set it to true");
            }
            YamlEntry podContext = EffectiveSecurityContext.podSecurityContextEntry(pod);
            for (Container c : pod.allContainers()) {
                YamlNode own = c.securityContext().get("runAsNonRoot");
                if (EffectiveSecurityContext.isTemplated(own)) continue;
                if (EffectiveSecurityContext.isSet(own)) {
                    if (!EffectiveSecurityContext.isTrue(own)) {
                        report(context, obj, own.span(), c.display() + " of " + obj.display()
                                + " sets runAsNonRoot to " + own.text().orElse("a non-boolean")
                                + ": set it to true (or remove it and set it once for the pod)");
                    }
                } else if (!podSet) {
                    Span where = podContext != null ? podContext.span() : c.anchor();
                    report(context, obj, where, c.display() + " of " + obj.display() + " is not required to run as "
                            + "non-root: set runAsNonRoot: true in the pod's securityContext");
                }
            }
        });
    }
}
