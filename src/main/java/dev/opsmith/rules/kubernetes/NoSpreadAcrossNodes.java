package dev.opsmith.rules.kubernetes;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.kubernetes.KubernetesManifests;
import dev.opsmith.format.kubernetes.KubernetesObject;
import dev.opsmith.format.kubernetes.PodSpec;
import dev.opsmith.format.kubernetes.Workloads;
import dev.opsmith.format.yaml.YamlNode;
import dev.opsmith.rules.RuleContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/** Replicas that share a node share its fate: one drain or hardware fault takes them all. */
public final class NoSpreadAcrossNodes extends KubernetesRule {
    static final Set<String> SPREAD_KEYS = Set.of("kubernetes.io/hostname", "topology.kubernetes.io/zone");

    static final RuleMeta META = RuleMeta.builder("K8S092", "Replicas may all land on one node")
            .severity(Severity.LOW).category(Category.RELIABILITY).format(Format.KUBERNETES)
            .description("Reports the pod template of a Deployment or StatefulSet that runs at least two pods (its "
                    + "`replicas`, or the `minReplicas` of an HPA that scales it) but neither has a pod anti-affinity "
                    + "term (required or preferred) nor a `topologySpreadConstraints` entry on "
                    + "`kubernetes.io/hostname` or `topology.kubernetes.io/zone` whose label selector matches its own "
                    + "pod labels. Topology spread constraints are the modern way to satisfy it. Workloads whose pod "
                    + "count is unknown (a templated value, an HPA defined in another file) are skipped.")
            .rationale("The scheduler packs pods where resources fit; without a spreading rule several replicas of a "
                    + "payment or ledger service can end up on the same node, so a single node failure, kernel patch "
                    + "or drain removes all of them at once and the redundancy that was paid for never materialises.")
            .remediation("Add a `topologySpreadConstraints` entry with `topologyKey: kubernetes.io/hostname` (and "
                    + "another on `topology.kubernetes.io/zone`), `maxSkew: 1` and a `labelSelector` that matches the "
                    + "pod labels; or a preferred pod anti-affinity term on `kubernetes.io/hostname` selecting the "
                    + "workload's own pods.")
            .reference("https://kubernetes.io/docs/concepts/scheduling-eviction/topology-spread-constraints/")
            .reference("https://kubernetes.io/docs/concepts/scheduling-eviction/assign-pod-node/#inter-pod-affinity-and-anti-affinity")
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
            OptionalLong replicas = WorkloadReplicas.minimum(manifests, context, o);
            if (replicas.isEmpty() || replicas.getAsLong() < 2) continue;
            if (spreads(pod.get())) continue;
            report(context, o, SpecKeys.podSpec(pod.get()), o.display() + " runs at least " + replicas.getAsLong()
                    + " pods but nothing spreads them across nodes; add a topologySpreadConstraints entry (or a pod "
                    + "anti-affinity term) on kubernetes.io/hostname or topology.kubernetes.io/zone that selects its "
                    + "own pods")
                    .property("replicas", Long.toString(replicas.getAsLong()));
        }
    }

    /** True when an anti-affinity term or a spread constraint on node or zone covers the pod's own replicas. */
    static boolean spreads(PodSpec pod) {
        Map<String, String> labels = pod.podLabels();
        YamlNode anti = pod.node().path("affinity", "podAntiAffinity");
        List<YamlNode> terms = new ArrayList<>(anti.get("requiredDuringSchedulingIgnoredDuringExecution").items());
        for (YamlNode preferred : anti.get("preferredDuringSchedulingIgnoredDuringExecution").items()) {
            terms.add(preferred.get("podAffinityTerm"));
        }
        terms.addAll(pod.node().get("topologySpreadConstraints").items());
        for (YamlNode term : terms) {
            Optional<String> key = term.get("topologyKey").text();
            if (key.isEmpty()) continue;
            if (LabelSelectorMatch.templated(key.get())) return true;
            if (!SPREAD_KEYS.contains(key.get())) continue;
            YamlNode selector = term.get("labelSelector");
            if (!selector.present()) continue;
            // a selector that cannot be judged (template syntax) is given the benefit of the doubt
            if (LabelSelectorMatch.matches(selector, labels).orElse(true)) return true;
        }
        return false;
    }
}
