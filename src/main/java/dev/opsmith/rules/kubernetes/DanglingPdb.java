package dev.opsmith.rules.kubernetes;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.kubernetes.KubernetesManifests;
import dev.opsmith.format.kubernetes.KubernetesObject;
import dev.opsmith.format.yaml.YamlNode;
import dev.opsmith.rules.RuleContext;

/** A PodDisruptionBudget that selects no pod gives no protection during node drains. */
public final class DanglingPdb extends KubernetesRule {
    static final RuleMeta META = RuleMeta.builder("K8S150", "PodDisruptionBudget selects no workload")
            .severity(Severity.LOW).category(Category.RELIABILITY).format(Format.KUBERNETES)
            .description("Reports a PodDisruptionBudget whose `spec.selector` (`matchLabels` and `matchExpressions`) "
                    + "matches the pod template labels of no workload in its bundle (the same folder) and namespace, "
                    + "or that has no selector at all (in `policy/v1` a missing selector selects no pod). An empty "
                    + "selector `{}` selects every pod of the namespace. Not reported: selectors with template syntax "
                    + "and bundles without any workload.")
            .rationale("The budget was written so that drains and cluster upgrades keep enough replicas of a service "
                    + "running. If it selects nothing, the eviction API ignores it and a routine node upgrade can take "
                    + "every replica of the payment API down at once.")
            .remediation("Make `spec.selector.matchLabels` match the pod template labels of the workload the budget "
                    + "protects.")
            .reference("https://kubernetes.io/docs/tasks/run-application/configure-pdb/#specifying-a-poddisruptionbudget")
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
            if (!o.kind().equals("PodDisruptionBudget")) continue;
            YamlNode node = o.spec().get("selector");
            if (!node.isMapping()) {
                report(context, o, NetworkNodes.spec(o), o.display() + " has no selector, so it protects no pod; "
                        + "set spec.selector.matchLabels");
                continue;
            }
            SelectorExpression selector = SelectorExpression.labelSelector(node);
            if (selector.templated()) continue;
            bundle.reportIfDangling(context, o, "selector", selector, "it protects nothing");
        }
    }
}
