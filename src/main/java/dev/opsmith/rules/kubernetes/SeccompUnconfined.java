package dev.opsmith.rules.kubernetes;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.kubernetes.Container;
import dev.opsmith.format.kubernetes.KubernetesManifests;
import dev.opsmith.format.yaml.YamlEntry;
import dev.opsmith.format.yaml.YamlNode;
import dev.opsmith.rules.RuleContext;

/** Unconfined switches the runtime's system-call filter off on purpose. */
public final class SeccompUnconfined extends KubernetesRule {
    static final RuleMeta META = RuleMeta.builder("K8S016", "Seccomp explicitly Unconfined")
            .severity(Severity.HIGH).category(Category.SECURITY).format(Format.KUBERNETES)
            .description("Pod Security Standards control \"Seccomp\" of the baseline profile (so also part of "
                    + "restricted). Reports `seccompProfile.type: Unconfined` in the pod's or any container's "
                    + "`securityContext`, and the legacy annotations `seccomp.security.alpha.kubernetes.io/pod` or "
                    + "`container.seccomp.security.alpha.kubernetes.io/<name>` set to `unconfined` on the pod "
                    + "(template). Other types and absent profiles are fine here (K8S015 asks for a profile).")
            .rationale("Container runtimes apply a default seccomp filter only when asked; `Unconfined` is a "
                    + "deliberate request to expose the full kernel system-call surface, including calls used in "
                    + "known escape techniques. Even the permissive baseline Pod Security profile forbids it, so a "
                    + "manifest carrying it is either a mistake or an exception that needs an owner and a review.")
            .remediation("Use `seccompProfile: {type: RuntimeDefault}`, or a `Localhost` profile that allows the "
                    + "extra calls the workload really needs.")
            .reference("https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline")
            .reference("https://kubernetes.io/docs/tutorials/security/seccomp/")
            .equivalent("trivy", "KSV104")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(KubernetesManifests manifests, RuleContext context) {
        forEachPodSpec(manifests, (obj, pod) -> {
            YamlNode podProfile = pod.securityContext().get("seccompProfile");
            if (EffectiveSecurityContext.isSet(podProfile) && Seccomp.ofField(podProfile) == Seccomp.Kind.UNCONFINED) {
                report(context, obj, podProfile.get("type").span(), obj.display()
                        + " disables seccomp for the whole pod (Unconfined): use type: RuntimeDefault");
            }
            for (Container c : pod.allContainers()) {
                YamlNode own = c.securityContext().get("seccompProfile");
                if (EffectiveSecurityContext.isSet(own) && Seccomp.ofField(own) == Seccomp.Kind.UNCONFINED) {
                    report(context, obj, own.get("type").span(), c.display() + " of " + obj.display()
                            + " disables seccomp (Unconfined): use type: RuntimeDefault");
                }
            }
            for (YamlEntry a : pod.templateMetadata().get("annotations").entries()) {
                String key = a.key().value();
                if (!key.equals(Seccomp.POD_ANNOTATION) && !key.startsWith(Seccomp.CONTAINER_ANNOTATION_PREFIX)) continue;
                if (a.value().text().map(v -> Seccomp.ofAnnotation(v) == Seccomp.Kind.UNCONFINED).orElse(false)) {
                    report(context, obj, a.value().span(), obj.display() + " disables seccomp through the legacy "
                            + "annotation " + key + ": remove it and set seccompProfile: {type: RuntimeDefault}");
                }
            }
        });
    }
}
