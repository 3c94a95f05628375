package dev.opsmith.rules.kubernetes;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.kubernetes.KubernetesManifests;
import dev.opsmith.format.kubernetes.KubernetesObject;
import dev.opsmith.format.kubernetes.PodSpec;
import dev.opsmith.format.kubernetes.Workloads;
import dev.opsmith.format.yaml.YamlEntry;
import dev.opsmith.format.yaml.YamlNode;
import dev.opsmith.rules.RuleContext;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A controller must select the pods it creates; the API refuses one that would not. */
public final class WorkloadSelectorMismatch extends KubernetesRule {
    static final Set<String> KINDS = Set.of("Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController");

    static final RuleMeta META = RuleMeta.builder("K8S102", "Workload selector does not match its pod template labels")
            .severity(Severity.HIGH).category(Category.RELIABILITY).format(Format.KUBERNETES)
            .description("Reports the `spec.selector` of a Deployment, StatefulSet, DaemonSet, ReplicaSet or "
                    + "ReplicationController whose `matchLabels`/`matchExpressions` (a plain label map for a "
                    + "ReplicationController) do not match `spec.template.metadata.labels`, and an `apps/v1` workload "
                    + "without a selector. A ReplicationController without a selector takes its template labels and "
                    + "is compliant. Selectors with template syntax are not judged.")
            .rationale("The controller manages exactly the pods its selector matches. The API server rejects an "
                    + "`apps/v1` workload whose template would create pods it does not select, so the release fails "
                    + "at deploy time, often only in the pipeline stage that applies to production. Older API "
                    + "versions accepted it and then created pods forever without ever counting them.")
            .remediation("Make every `matchLabels` entry (and `matchExpressions` requirement) hold for the pod "
                    + "template's labels; keep selectors to a few stable labels such as `app.kubernetes.io/name` and "
                    + "`app.kubernetes.io/instance`, since the selector of an existing workload cannot be changed.")
            .reference("https://kubernetes.io/docs/concepts/workloads/controllers/deployment/#selector")
            .reference("https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/#label-selectors")
            .equivalent("kube-linter", "mismatching-selector")
            .equivalent("kube-score", "deployment-pod-selector-labels-match-template-metadata-labels",
                    "statefulset-pod-selector-labels-match-template-metadata-labels")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(KubernetesManifests manifests, RuleContext context) {
        for (KubernetesObject o : manifests.objects()) {
            if (!KINDS.contains(o.kind())) continue;
            Optional<PodSpec> pod = Workloads.podSpec(o);
            if (pod.isEmpty()) continue;
            Map<String, String> labels = pod.get().podLabels();
            YamlNode selector = o.spec().get("selector");
            if (!selector.present() || selector.isNull()) {
                if (o.apiVersion().equals("apps/v1")) {
                    report(context, o, SpecKeys.spec(o), o.display() + " has no spec.selector, which apps/v1 requires; "
                            + "select the pod template's labels with selector.matchLabels");
                }
                continue;
            }
            Optional<Boolean> match = o.kind().equals("ReplicationController")
                    ? plainMapMatches(selector, labels) : LabelSelectorMatch.matches(selector, labels);
            if (match.orElse(true)) continue;
            report(context, o, SpecKeys.keyOf(o, o.spec(), "selector"), o.display() + "'s selector does not match "
                    + "its pod template labels (" + shown(labels) + "), so the API rejects it (or the controller never "
                    + "counts its own pods); make the selector a subset of the template labels");
        }
    }

    private static String shown(Map<String, String> labels) {
        if (labels.isEmpty()) return "none";
        StringBuilder out = new StringBuilder();
        labels.forEach((k, v) -> out.append(out.length() == 0 ? "" : ", ").append(k).append('=').append(v));
        return out.toString();
    }

    /** A ReplicationController's selector is a plain label map: every entry must be among the labels. */
    private static Optional<Boolean> plainMapMatches(YamlNode selector, Map<String, String> labels) {
        if (!selector.isMapping()) return Optional.empty();
        for (YamlEntry e : selector.entries()) {
            Optional<String> value = e.value().text();
            if (value.isEmpty() || LabelSelectorMatch.templated(value.get())) return Optional.empty();
            if (!value.get().equals(labels.get(e.key().value()))) return Optional.of(false);
        }
        return Optional.of(true);
    }
}
