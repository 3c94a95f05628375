package dev.opsmith.rules.kubernetes;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.kubernetes.KubernetesManifests;
import dev.opsmith.format.kubernetes.KubernetesObject;
import dev.opsmith.format.yaml.YamlNode;
import dev.opsmith.rules.RuleContext;

import java.util.Set;

/** An HPA whose target does not exist never scales anything. */
public final class DanglingHpa extends KubernetesRule {
    static final RuleMeta META = RuleMeta.builder("K8S151", "HPA targets an object not in the bundle")
            .severity(Severity.MEDIUM).category(Category.RELIABILITY).format(Format.KUBERNETES)
            .description("Reports a HorizontalPodAutoscaler whose `spec.scaleTargetRef` names a Deployment, "
                    + "StatefulSet, ReplicaSet or ReplicationController that its bundle (the same folder) does not "
                    + "define in the HPA's namespace. Not reported: other target kinds (custom resources with a scale "
                    + "subresource), names with template syntax, and bundles that define none of those four kinds (the "
                    + "target then lives elsewhere).")
            .rationale("The autoscaler reports `FailedGetScale` and keeps the replica count where it is, so the "
                    + "service that was sized to scale out for month-end or payday peaks stays at its minimum. The "
                    + "mistake is invisible until load arrives.")
            .remediation("Set `scaleTargetRef.kind` and `scaleTargetRef.name` to the workload defined next to the "
                    + "autoscaler (same namespace).")
            .reference("https://kubernetes.io/docs/tasks/run-application/horizontal-pod-autoscale/")
            .build();

    private static final Set<String> SCALABLE = Set.of("Deployment", "StatefulSet", "ReplicaSet", "ReplicationController");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(KubernetesManifests manifests, RuleContext context) {
        CrossObjectBundle bundle = CrossObjectBundle.of(context);
        if (SCALABLE.stream().noneMatch(bundle::defines)) return;
        for (KubernetesObject o : manifests.objects()) {
            if (!o.kind().equals("HorizontalPodAutoscaler")) continue;
            YamlNode target = o.spec().get("scaleTargetRef");
            String kind = target.get("kind").text().orElse("");
            YamlNode nameNode = target.get("name");
            String name = nameNode.text().orElse("");
            if (!SCALABLE.contains(kind) || name.isEmpty() || SelectorExpression.isTemplated(name)) continue;
            String namespace = o.namespace().orElse("");
            if (bundle.ofKind(kind, namespace).stream().anyMatch(t -> t.name().equals(name))) continue;
            report(context, o, nameNode.span(), o.display() + " scales " + kind + " " + name
                    + ", which is not defined in this folder, so nothing is scaled");
        }
    }
}
