package dev.opsmith.rules.kubernetes;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.kubernetes.KubernetesManifests;
import dev.opsmith.format.kubernetes.KubernetesObject;
import dev.opsmith.format.kubernetes.ObjectSummary;
import dev.opsmith.format.kubernetes.Workloads;
import dev.opsmith.rules.RuleContext;

import java.util.Map;

/** Pods that no NetworkPolicy selects accept traffic from every pod of the cluster. */
public final class NetworkPolicyMissing extends KubernetesRule {
    static final RuleMeta META = RuleMeta.builder("K8S146", "Workload is not selected by any NetworkPolicy in the bundle")
            .severity(Severity.LOW).category(Category.SECURITY).format(Format.KUBERNETES)
            .description("Reports a workload (Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, "
                    + "ReplicationController, Job, CronJob) when no NetworkPolicy of its bundle (the same folder), in "
                    + "the same namespace, selects its pod template labels. An empty `podSelector` selects every pod. "
                    + "An omitted namespace matches any namespace, as it is chosen at apply time. A policy whose "
                    + "selector uses only `matchExpressions` counts as selecting the workload. Low severity on "
                    + "purpose: the policies may be managed in another repository.")
            .rationale("Kubernetes lets every pod talk to every other pod until a NetworkPolicy selects it. Without "
                    + "one, a compromised pod anywhere in the cluster can reach the payment API, the ledger database "
                    + "or the card vault directly. Network segmentation of the cardholder data environment is a PCI "
                    + "DSS requirement, and shipping the policy next to the workload keeps the two in step.")
            .remediation("Ship a NetworkPolicy with the workload: a namespace-wide default deny (`podSelector: {}` "
                    + "with `policyTypes: [Ingress, Egress]`) plus policies that allow the traffic the workload needs.")
            .reference("https://kubernetes.io/docs/concepts/services-networking/network-policies/")
            .reference("https://kubernetes.io/docs/concepts/services-networking/network-policies/#default-policies")
            .equivalent("kube-linter", "non-isolated-pod")
            .equivalent("checkov", "CKV2_K8S_6")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(KubernetesManifests manifests, RuleContext context) {
        CrossObjectBundle bundle = CrossObjectBundle.of(context);
        for (KubernetesObject o : manifests.objects()) {
            if (!Workloads.isWorkload(o)) continue;
            Map<String, String> podLabels = Workloads.podSpec(o).map(p -> p.podLabels()).orElse(Map.of());
            if (podLabels.values().stream().anyMatch(SelectorExpression::isTemplated)) continue;
            String namespace = o.namespace().orElse("");
            boolean isolated = false;
            for (ObjectSummary policy : bundle.ofKind("NetworkPolicy", namespace)) {
                // The summary keeps matchLabels only: an empty one is `{}` (all pods) or matchExpressions we cannot see.
                if (policy.selector().isEmpty() || ObjectSummary.selects(policy.selector(), podLabels)) {
                    isolated = true;
                    break;
                }
            }
            if (isolated) continue;
            report(context, o, NetworkNodes.name(o), o.display() + " is not selected by any NetworkPolicy in this "
                    + "folder, so every pod in the cluster can reach it; add a default-deny policy and allow rules");
        }
    }
}
