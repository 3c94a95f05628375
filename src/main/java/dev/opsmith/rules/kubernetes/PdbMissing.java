package dev.opsmith.rules.kubernetes;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.kubernetes.KubernetesManifests;
import dev.opsmith.format.kubernetes.KubernetesObject;
import dev.opsmith.format.kubernetes.ObjectSummary;
import dev.opsmith.format.kubernetes.PodSpec;
import dev.opsmith.format.kubernetes.Workloads;
import dev.opsmith.rules.RuleContext;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/** Without a disruption budget, a node drain may evict every replica at once. */
public final class PdbMissing extends KubernetesRule {
    static final String PDB = "PodDisruptionBudget";

    static final RuleMeta META = RuleMeta.builder("K8S094", "Replicated workload has no PodDisruptionBudget in the bundle")
            .severity(Severity.LOW).category(Category.RELIABILITY).format(Format.KUBERNETES)
            .description("Reports a Deployment or StatefulSet that runs two or more replicas (or is scaled by an HPA "
                    + "of the same folder) when no PodDisruptionBudget of the same folder and namespace selects its "
                    + "pod labels. Single-replica workloads are skipped, and so are workloads with a templated replica "
                    + "count. A budget with an empty selector covers the whole namespace; a budget whose selector "
                    + "cannot be read in full is assumed to cover. Low severity by design: the budget may be managed "
                    + "elsewhere.")
            .rationale("Cluster upgrades, node autoscaling and maintenance drain nodes through the eviction API, "
                    + "which only holds back when a PodDisruptionBudget says how many pods must stay. Without one, a "
                    + "drain can evict all replicas of a payment service at the same moment and turn routine "
                    + "maintenance into an outage that has to be reported.")
            .remediation("Add a `policy/v1` PodDisruptionBudget next to the workload whose `selector.matchLabels` "
                    + "match its pod labels, typically with `maxUnavailable: 1`.")
            .reference("https://kubernetes.io/docs/concepts/workloads/pods/disruptions/")
            .reference("https://kubernetes.io/docs/tasks/run-application/configure-pdb/")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(KubernetesManifests manifests, RuleContext context) {
        for (KubernetesObject o : manifests.objects()) {
            if (!WorkloadReplicas.isDeploymentOrStatefulSet(o)) continue;
            Optional<PodSpec> pod = Workloads.podSpec(o);
            if (pod.isEmpty()) continue;
            boolean scaled = !WorkloadReplicas.hpasTargeting(index(context), group(context), o).isEmpty();
            OptionalLong replicas = WorkloadReplicas.declared(o);
            if (!scaled && (replicas.isEmpty() || replicas.getAsLong() < 2)) continue;
            if (covered(manifests, context, o, pod.get().podLabels())) continue;
            report(context, o, SpecKeys.name(o), o.display() + (scaled ? " is scaled by an autoscaler" : " runs "
                    + replicas.getAsLong() + " replicas") + " but no PodDisruptionBudget in its folder selects its "
                    + "pods; a node drain may evict them all at once, so add one (e.g. maxUnavailable: 1)");
        }
    }

    private static boolean covered(KubernetesManifests manifests, RuleContext context, KubernetesObject o,
                                   Map<String, String> podLabels) {
        String namespace = o.namespace().orElse("");
        for (ObjectSummary pdb : index(context).inGroup(group(context), PDB)) {
            if (!pdb.namespace().equals(namespace)) continue;
            Optional<KubernetesObject> local = WorkloadReplicas.local(manifests, context, pdb);
            if (local.isPresent()) {
                // an unreadable or absent selector is given the benefit of the doubt
                if (LabelSelectorMatch.matches(local.get().spec().get("selector"), podLabels).orElse(true)) return true;
            } else if (pdb.selector().isEmpty() || ObjectSummary.selects(pdb.selector(), podLabels)) {
                // the summary keeps matchLabels only: an empty one is a namespace-wide or expression-only budget
                return true;
            }
        }
        return false;
    }
}
