package dev.opsmith.rules.kubernetes;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.core.Span;
import dev.opsmith.format.kubernetes.KubernetesManifests;
import dev.opsmith.format.kubernetes.KubernetesObject;
import dev.opsmith.format.kubernetes.PodSpec;
import dev.opsmith.format.yaml.YamlEntry;
import dev.opsmith.format.yaml.YamlMapping;
import dev.opsmith.format.yaml.YamlNode;
import dev.opsmith.rules.RuleContext;

import java.util.Optional;
import java.util.Set;

/** A spread constraint the API rejects, or one that counts other pods than its own, spreads nothing. */
public final class TopologySpreadConstraintInvalid extends KubernetesRule {
    static final Set<String> ACTIONS = Set.of("DoNotSchedule", "ScheduleAnyway");

    static final RuleMeta META = RuleMeta.builder("K8S093", "Topology spread constraint cannot work as written")
            .severity(Severity.MEDIUM).category(Category.RELIABILITY).format(Format.KUBERNETES)
            .description("Reports each `topologySpreadConstraints` entry of a pod or pod template that has no "
                    + "`labelSelector`, a label selector that does not match the pod's own labels, a `maxSkew` that is "
                    + "missing or below 1, a `minDomains` below 1, no `topologyKey`, or a `whenUnsatisfiable` other "
                    + "than `DoNotSchedule` or `ScheduleAnyway`. Values with template syntax are not judged.")
            .rationale("The scheduler counts the pods that the constraint's selector matches in each topology domain. "
                    + "Without a selector, or with one that misses the workload's own pods, it balances something else "
                    + "and the replicas can still pile up in one zone or node; the other mistakes make the API reject "
                    + "the whole workload at deploy time. Either way the availability design the manifest promises "
                    + "to reviewers and auditors is not what runs.")
            .remediation("Give every entry `maxSkew: 1` (or more), a `topologyKey` such as "
                    + "`topology.kubernetes.io/zone`, `whenUnsatisfiable: DoNotSchedule` or `ScheduleAnyway`, and a "
                    + "`labelSelector` with the workload's own pod labels (add `matchLabelKeys: [pod-template-hash]` "
                    + "to count only the current revision).")
            .reference("https://kubernetes.io/docs/concepts/scheduling-eviction/topology-spread-constraints/")
            .equivalent("kube-score", "pod-topology-spread-constraints")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(KubernetesManifests manifests, RuleContext context) {
        forEachPodSpec(manifests, (o, pod) -> {
            for (YamlNode item : pod.node().get("topologySpreadConstraints").items()) {
                if (item instanceof YamlMapping entry) checkEntry(context, o, pod, entry);
            }
        });
    }

    private static void checkEntry(RuleContext context, KubernetesObject o, PodSpec pod, YamlMapping entry) {
        Span start = entry.entries().isEmpty() ? entry.span() : entry.entries().get(0).key().span();
        String where = o.display() + " has a topology spread constraint";
        YamlNode selector = entry.get("labelSelector");
        if (!selector.present() || selector.isNull()) {
            report(context, o, start, where + " without a labelSelector, so it counts no pods and spreads nothing; "
                    + "select the workload's own pod labels");
        } else if (!LabelSelectorMatch.matches(selector, pod.podLabels()).orElse(true)) {
            report(context, o, key(entry, "labelSelector"), where + " whose labelSelector does not match its own "
                    + "pod labels, so it balances other pods and not these replicas; select the pod template's labels");
        }
        YamlNode skew = entry.get("maxSkew");
        if (!skew.present() || skew.isNull()) {
            report(context, o, start, where + " without maxSkew, which the API rejects; set maxSkew: 1");
        } else if (!templated(skew) && skew.integer().map(n -> n < 1).orElse(!skew.isScalar())) {
            report(context, o, skew.span(), where + " with maxSkew " + skew.text().orElse("") + ", which must be at "
                    + "least 1; set maxSkew: 1");
        }
        YamlNode domains = entry.get("minDomains");
        if (domains.present() && !domains.isNull() && domains.integer().map(n -> n < 1).orElse(false)) {
            report(context, o, domains.span(), where + " with minDomains " + domains.text().orElse("")
                    + ", which must be at least 1; remove it or set a positive count");
        }
        YamlNode topologyKey = entry.get("topologyKey");
        if (topologyKey.text().map(String::isBlank).orElse(true)) {
            report(context, o, topologyKey.present() ? topologyKey.span() : start, where + " without a topologyKey, "
                    + "which the API rejects; name the node label to spread over, e.g. topology.kubernetes.io/zone");
        }
        YamlNode action = entry.get("whenUnsatisfiable");
        Optional<String> actionText = action.text();
        if (actionText.isEmpty()) {
            report(context, o, action.present() ? action.span() : start, where + " without whenUnsatisfiable, which "
                    + "the API rejects; set DoNotSchedule or ScheduleAnyway");
        } else if (!templated(action) && !ACTIONS.contains(actionText.get())) {
            report(context, o, action.span(), where + " with whenUnsatisfiable " + actionText.get() + ", which is "
                    + "neither DoNotSchedule nor ScheduleAnyway");
        }
    }

    private static boolean templated(YamlNode node) {
        return node.text().map(LabelSelectorMatch::templated).orElse(false);
    }

    private static Span key(YamlMapping mapping, String key) {
        YamlEntry e = mapping.entry(key);
        return e.key().span();
    }
}
