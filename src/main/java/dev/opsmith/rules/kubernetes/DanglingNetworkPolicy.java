package dev.opsmith.rules.kubernetes;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.kubernetes.KubernetesManifests;
import dev.opsmith.format.kubernetes.KubernetesObject;
import dev.opsmith.rules.RuleContext;

/** A NetworkPolicy whose podSelector matches nothing protects nothing, while its author believes the pods isolated. */
public final class DanglingNetworkPolicy extends KubernetesRule {
    static final RuleMeta META = RuleMeta.builder("K8S149", "NetworkPolicy selects no workload")
            .severity(Severity.LOW).category(Category.RELIABILITY).format(Format.KUBERNETES)
            .description("Reports a NetworkPolicy whose non-empty `spec.podSelector` (`matchLabels` and "
                    + "`matchExpressions`) matches the pod template labels of no workload in its bundle (the same "
                    + "folder) and namespace. Not reported: an empty `podSelector` (it selects every pod of the "
                    + "namespace), selectors with template syntax, and bundles without any workload.")
            .rationale("A policy that selects no pod has no effect, yet reviewers and auditors read it as the "
                    + "segmentation of the workload it was written for. A label rename silently turns the ledger's "
                    + "ingress restrictions off; catching the mismatch keeps the documented and the enforced network "
                    + "boundary the same.")
            .remediation("Make `spec.podSelector` match the pod template labels of the workload it should isolate, "
                    + "or remove the stale policy.")
            .reference("https://kubernetes.io/docs/concepts/services-networking/network-policies/#networkpolicy-resource")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(KubernetesManifests manifests, RuleContext context) {
        CrossObjectBundle bundle = CrossObjectBundle.of(context);
        if (bundle.workloads().isEmpty()) return;
        for (KubernetesObject o : manifests.objects()) {
            if (!o.kind().equals("NetworkPolicy")) continue;
            SelectorExpression selector = SelectorExpression.labelSelector(o.spec().get("podSelector"));
            if (selector.isEmpty() || selector.templated()) continue;
            bundle.reportIfDangling(context, o, "podSelector", selector, "it isolates nothing");
        }
    }
}
