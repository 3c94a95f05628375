package dev.opsmith.rules.kubernetes;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.kubernetes.KubernetesManifests;
import dev.opsmith.format.kubernetes.KubernetesObject;
import dev.opsmith.format.kubernetes.ObjectSummary;
import dev.opsmith.format.yaml.YamlNode;
import dev.opsmith.format.yaml.YamlScalar;
import dev.opsmith.rules.RuleContext;

import java.util.List;

/** A named targetPort that no selected container declares leaves the Service without a usable endpoint port. */
public final class ServiceTargetPortUndefined extends KubernetesRule {
    static final RuleMeta META = RuleMeta.builder("K8S152", "Service targetPort name not defined by selected pods")
            .severity(Severity.HIGH).category(Category.RELIABILITY).format(Format.KUBERNETES)
            .description("Reports a named `spec.ports[].targetPort` of a Service when none of the workloads its "
                    + "selector matches in the bundle (the same folder) and namespace declares a container port of "
                    + "that name. Not reported: numeric target ports, Services that select no workload of the bundle "
                    + "(K8S147 covers those), and values with template syntax.")
            .rationale("A named target port is resolved per pod. When the pods do not declare the name, the endpoint "
                    + "controller leaves them out and the Service has no ready endpoints: clients get connection "
                    + "errors although the pods are healthy. This typically follows a port rename in the Deployment.")
            .remediation("Give the container port the name the Service uses (`ports: [{name: http, containerPort: "
                    + "8080}]`), or point `targetPort` at the number.")
            .reference("https://kubernetes.io/docs/concepts/services-networking/service/#field-spec-ports")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(KubernetesManifests manifests, RuleContext context) {
        CrossObjectBundle bundle = CrossObjectBundle.of(context);
        for (KubernetesObject o : manifests.objects()) {
            if (!o.kind().equals("Service")) continue;
            SelectorExpression selector = SelectorExpression.flatSelector(o.spec().get("selector"));
            if (selector.isEmpty() || selector.templated()) continue;
            List<ObjectSummary> selected = bundle.workloads(o.namespace().orElse("")).stream()
                    .filter(w -> selector.matches(w.podLabels())).toList();
            if (selected.isEmpty()) continue;
            for (YamlNode port : o.spec().get("ports").items()) {
                YamlNode target = port.get("targetPort");
                String name = namedPort(target);
                if (name == null) continue;
                if (selected.stream().anyMatch(w -> w.ports().contains(name))) continue;
                report(context, o, target.span(), o.display() + " targets port \"" + name + "\", which no container "
                        + "of " + shown(selected) + " declares, so the Service gets no endpoints on it");
            }
        }
    }

    /** The name of a string targetPort (not digits, not templated), or null. */
    static String namedPort(YamlNode target) {
        if (!(target instanceof YamlScalar s) || s.isNull() || s.integer().isPresent()) return null;
        String name = s.value();
        if (name.isEmpty() || name.chars().allMatch(Character::isDigit) || SelectorExpression.isTemplated(name)) return null;
        return name;
    }

    private static String shown(List<ObjectSummary> workloads) {
        return String.join(", ", workloads.stream().map(w -> w.kind() + " " + w.name()).toList());
    }
}
