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

/** The runtime applies an AppArmor profile by default; PSS forbids turning it off or swapping in arbitrary ones. */
public final class AppArmorUnconfined extends KubernetesRule {
    static final String ANNOTATION_PREFIX = "container.apparmor.security.beta.kubernetes.io/";

    static final RuleMeta META = RuleMeta.builder("K8S017",
                    "AppArmor profile overridden to unconfined or a non-allowed value")
            .severity(Severity.HIGH).category(Category.SECURITY).format(Format.KUBERNETES)
            .description("Pod Security Standards control \"AppArmor\" of the baseline profile (so also part of "
                    + "restricted). Reports `appArmorProfile.type: Unconfined` in the pod's or any container's "
                    + "`securityContext` (Kubernetes 1.30+), and a pod (template) annotation "
                    + "`container.apparmor.security.beta.kubernetes.io/<container>` whose value is not "
                    + "`runtime/default` or `localhost/<profile>` (compared exactly, as the kubelet does; an empty value is fine). `RuntimeDefault`, "
                    + "`Localhost` and absent settings are fine.")
            .rationale("On AppArmor-enabled nodes the runtime confines every container with a default profile that "
                    + "blocks writes to sensitive /proc and /sys paths and mounts. Turning it off removes a layer "
                    + "that has stopped real container escapes; the baseline Pod Security profile therefore allows "
                    + "only the default or a node-installed, reviewed profile.")
            .remediation("Remove the override, or use `appArmorProfile: {type: RuntimeDefault}` (or `Localhost` with "
                    + "a profile you ship to the nodes).")
            .reference("https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline")
            .reference("https://kubernetes.io/docs/tutorials/security/apparmor/")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(KubernetesManifests manifests, RuleContext context) {
        forEachPodSpec(manifests, (obj, pod) -> {
            YamlNode podType = pod.securityContext().path("appArmorProfile", "type");
            if (EffectiveSecurityContext.upper(podType).equals("UNCONFINED")) {
                report(context, obj, podType.span(), obj.display()
                        + " runs every container without AppArmor (Unconfined): use type: RuntimeDefault");
            }
            for (Container c : pod.allContainers()) {
                YamlNode own = c.securityContext().path("appArmorProfile", "type");
                if (EffectiveSecurityContext.upper(own).equals("UNCONFINED")) {
                    report(context, obj, own.span(), c.display() + " of " + obj.display()
                            + " runs without AppArmor (Unconfined): use type: RuntimeDefault");
                }
            }
            for (YamlEntry a : pod.templateMetadata().get("annotations").entries()) {
                if (!a.key().value().startsWith(ANNOTATION_PREFIX)) continue;
                String value = a.value().text().orElse("").strip();
                if (allowedAnnotation(value) || EffectiveSecurityContext.isTemplated(a.value())) continue;
                report(context, obj, a.value().span(), obj.display() + " sets AppArmor profile '" + value + "' for "
                        + "container \"" + a.key().value().substring(ANNOTATION_PREFIX.length()) + "\": use "
                        + "runtime/default or a localhost/ profile");
            }
        });
    }

    static boolean allowedAnnotation(String value) {
        return value.isEmpty() || value.equals("runtime/default") || value.startsWith("localhost/");
    }
}
