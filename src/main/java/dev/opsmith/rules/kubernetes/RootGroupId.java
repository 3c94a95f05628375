package dev.opsmith.rules.kubernetes;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.kubernetes.Container;
import dev.opsmith.format.kubernetes.KubernetesManifests;
import dev.opsmith.format.kubernetes.KubernetesObject;
import dev.opsmith.format.yaml.YamlNode;
import dev.opsmith.rules.RuleContext;

/** Group 0 owns much of a typical image's filesystem; running with it undoes file-mode hardening. */
public final class RootGroupId extends KubernetesRule {
    static final RuleMeta META = RuleMeta.builder("K8S013", "Pod or container runs with group 0")
            .severity(Severity.LOW).category(Category.SECURITY).format(Format.KUBERNETES)
            .description("Reports `runAsGroup: 0` in the pod's or any container's `securityContext`, `fsGroup: 0` "
                    + "in the pod's `securityContext`, and a 0 item in the pod's `supplementalGroups`. Other values "
                    + "and absent fields are fine.")
            .rationale("The root group (GID 0) is the group owner of most system files and of many files an image "
                    + "build leaves behind. A process in group 0 can read or write whatever is group-accessible to "
                    + "root, and `fsGroup: 0` hands group 0 ownership of every mounted volume, secrets included, "
                    + "which weakens the separation between an application and the data it should only read.")
            .remediation("Use a dedicated non-zero group (for example `runAsGroup: 10001` and `fsGroup: 10001`) and "
                    + "drop 0 from `supplementalGroups`.")
            .reference("https://kubernetes.io/docs/tasks/configure-pod-container/security-context/")
            .equivalent("trivy", "KSV029", "KSV116")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(KubernetesManifests manifests, RuleContext context) {
        forEachPodSpec(manifests, (obj, pod) -> {
            YamlNode podContext = pod.securityContext();
            checkZero(context, obj, podContext.get("runAsGroup"), obj.display() + " runs its containers with runAsGroup 0");
            checkZero(context, obj, podContext.get("fsGroup"), obj.display() + " gives its volumes fsGroup 0");
            for (YamlNode item : podContext.get("supplementalGroups").items()) {
                checkZero(context, obj, item, obj.display() + " adds group 0 to supplementalGroups");
            }
            for (Container c : pod.allContainers()) {
                checkZero(context, obj, c.securityContext().get("runAsGroup"),
                        c.display() + " of " + obj.display() + " runs with runAsGroup 0");
            }
        });
    }

    private static void checkZero(RuleContext context, KubernetesObject obj, YamlNode value, String what) {
        if (value.integer().map(v -> v == 0).orElse(false)) {
            report(context, obj, value.span(), what + " (the root group): use a dedicated non-zero group");
        }
    }
}
