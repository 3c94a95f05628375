package dev.opsmith.rules.kubernetes;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.kubernetes.KubernetesManifests;
import dev.opsmith.format.yaml.YamlNode;
import dev.opsmith.rules.RuleContext;

import java.util.List;
import java.util.Optional;

/** Without a priority class, critical pods compete on equal terms with batch jobs when the cluster is full. */
public final class PriorityClassNotSet extends KubernetesRule {
    /** The setting ({@code rules.settings.K8S101.allowed-priority-classes}) that lists the accepted classes. */
    static final String SETTING = "allowed-priority-classes";

    static final RuleMeta META = RuleMeta.builder("K8S101", "Pod has no priorityClassName")
            .severity(Severity.INFO).category(Category.RELIABILITY).format(Format.KUBERNETES).optIn()
            .description("Opt-in. Reports a pod or pod template without `priorityClassName`. When "
                    + "`rules.settings.K8S101.allowed-priority-classes` lists class names, also reports a "
                    + "`priorityClassName` that is not on the list. Templated values are not judged.")
            .rationale("When a cluster runs out of room, the scheduler preempts lower-priority pods to place "
                    + "higher-priority ones, and the kubelet evicts by priority under node pressure. Pods without a "
                    + "class get the cluster default (usually 0), so a payment API competes on equal terms with "
                    + "reporting jobs; an explicit class makes the platform's tiering visible and reviewable.")
            .remediation("Set `priorityClassName` in the pod spec to one of the platform's PriorityClasses (for "
                    + "example `business-critical` for customer-facing services, a lower class for batch work).")
            .reference("https://kubernetes.io/docs/concepts/scheduling-eviction/pod-priority-preemption/")
            .equivalent("polaris", "priorityClassNotSet")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(KubernetesManifests manifests, RuleContext context) {
        List<String> allowed = context.setting(SETTING).stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        forEachPodSpec(manifests, (o, pod) -> {
            YamlNode node = pod.node().get("priorityClassName");
            Optional<String> name = node.text().map(String::strip).filter(s -> !s.isEmpty());
            if (name.isEmpty()) {
                report(context, o, SpecKeys.podSpec(pod), o.display() + " has no priorityClassName, so its pods get "
                        + "the cluster's default priority; set the class that matches its criticality");
            } else if (!allowed.isEmpty() && !allowed.contains(name.get()) && !LabelSelectorMatch.templated(name.get())) {
                report(context, o, node.span(), o.display() + " uses priorityClassName " + name.get() + ", which is "
                        + "not among the allowed classes (" + String.join(", ", allowed) + ")")
                        .property("priorityClassName", name.get());
            }
        });
    }
}
