package dev.opsmith.rules.kubernetes;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.kubernetes.KubernetesManifests;
import dev.opsmith.format.kubernetes.KubernetesObject;
import dev.opsmith.format.kubernetes.ObjectSummary;
import dev.opsmith.format.yaml.YamlNode;
import dev.opsmith.rules.RuleContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** A budget that allows no eviction makes every node drain wait forever. */
public final class PdbBlocksEviction extends KubernetesRule {
    static final RuleMeta META = RuleMeta.builder("K8S095", "PodDisruptionBudget allows no voluntary disruption")
            .severity(Severity.MEDIUM).category(Category.RELIABILITY).format(Format.KUBERNETES)
            .description("Reports a PodDisruptionBudget with `maxUnavailable: 0` or `0%`, with `minAvailable: 100%`, "
                    + "or with an integer `minAvailable` at or above the number of pods it protects: the sum of the "
                    + "`replicas` of the workloads of the same folder and namespace it selects (the HPA's "
                    + "`minReplicas` for a workload an HPA scales). The count check runs only when every selected "
                    + "workload's pod count is known (defined in the same file, not a DaemonSet or Job, no templated "
                    + "value).")
            .rationale("The eviction API refuses to evict a pod when that would break the budget. A budget that "
                    + "can never be met with one pod fewer blocks `kubectl drain`, cluster upgrades and node "
                    + "autoscaling indefinitely, so patching of the nodes that run payment workloads stalls until "
                    + "someone deletes the budget by hand, which defeats its purpose and the change process around it.")
            .remediation("Allow at least one disruption: prefer `maxUnavailable: 1` (or a percentage above 0), or set "
                    + "`minAvailable` below the workload's replica count (or below the HPA's `minReplicas`).")
            .reference("https://kubernetes.io/docs/tasks/run-application/configure-pdb/#think-about-how-your-application-reacts-to-disruptions")
            .reference("https://kubernetes.io/docs/concepts/workloads/pods/disruptions/")
            .equivalent("kube-linter", "pdb-min-available", "pdb-max-unavailable")
            .equivalent("polaris", "pdbDisruptionsIsZero", "pdbMinAvailableGreaterThanOrEqualToHPAMinReplicas")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(KubernetesManifests manifests, RuleContext context) {
        for (KubernetesObject pdb : manifests.objects()) {
            if (!pdb.kind().equals(PdbMissing.PDB)) continue;
            YamlNode maxUnavailable = pdb.spec().get("maxUnavailable");
            if (isZero(maxUnavailable)) {
                report(context, pdb, maxUnavailable.span(), pdb.display() + " sets maxUnavailable "
                        + maxUnavailable.text().orElse("") + ", so no pod may ever be evicted and node drains hang; "
                        + "allow at least one disruption (maxUnavailable: 1)");
            }
            YamlNode minAvailable = pdb.spec().get("minAvailable");
            if (minAvailable.text().map(t -> t.strip().equals("100%")).orElse(false)) {
                report(context, pdb, minAvailable.span(), pdb.display() + " sets minAvailable 100%, so no pod may "
                        + "ever be evicted and node drains hang; use maxUnavailable: 1 instead");
            } else if (minAvailable.integer().isPresent()) {
                checkCount(manifests, context, pdb, minAvailable, minAvailable.integer().get());
            }
        }
    }

    private static void checkCount(KubernetesManifests manifests, RuleContext context, KubernetesObject pdb,
                                   YamlNode minAvailable, long min) {
        YamlNode selector = pdb.spec().get("selector");
        String namespace = pdb.namespace().orElse("");
        long pods = 0;
        List<KubernetesObject> selected = new ArrayList<>();
        for (ObjectSummary s : index(context).inGroup(group(context))) {
            if (!s.namespace().equals(namespace) || s.podLabels().isEmpty()) continue;
            Optional<Boolean> match = LabelSelectorMatch.matches(selector, s.podLabels());
            if (match.isEmpty()) return;
            if (!match.get()) continue;
            if (!WorkloadReplicas.REPLICATED.contains(s.kind())) return;
            Optional<KubernetesObject> workload = WorkloadReplicas.local(manifests, context, s);
            if (workload.isEmpty()) return;
            OptionalLong count = WorkloadReplicas.minimum(manifests, context, workload.get());
            if (count.isEmpty()) return;
            pods += count.getAsLong();
            selected.add(workload.get());
        }
        if (selected.isEmpty() || pods == 0 || min < pods) return;
        List<String> names = selected.stream().map(KubernetesObject::display).toList();
        RuleContext.Report r = report(context, pdb, minAvailable.span(), pdb.display() + " requires minAvailable "
                + min + " of the " + pods + " pods it protects (" + String.join(", ", names) + "), so none may "
                + "be evicted and node drains hang; set minAvailable below " + pods + " or use maxUnavailable: 1")
                .property("pods", Long.toString(pods));
        for (KubernetesObject w : selected) r.related(w.anchor(), w.display() + " selected by the budget");
    }

    private static boolean isZero(YamlNode value) {
        if (value.integer().map(n -> n == 0).orElse(false)) return true;
        return value.text().map(t -> t.strip().matches("0+%")).orElse(false);
    }
}
