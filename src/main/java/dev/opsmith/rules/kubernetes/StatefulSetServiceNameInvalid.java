package dev.opsmith.rules.kubernetes;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.kubernetes.KubernetesManifests;
import dev.opsmith.format.kubernetes.KubernetesObject;
import dev.opsmith.format.kubernetes.ObjectSummary;
import dev.opsmith.format.kubernetes.Workloads;
import dev.opsmith.format.yaml.YamlNode;
import dev.opsmith.rules.RuleContext;

import java.util.List;
import java.util.Map;

/** Stable pod DNS names (ledger-0.ledger) exist only through the StatefulSet's governing headless Service. */
public final class StatefulSetServiceNameInvalid extends KubernetesRule {
    static final RuleMeta META = RuleMeta.builder("K8S154",
                    "StatefulSet serviceName does not point to a governing headless Service")
            .severity(Severity.MEDIUM).category(Category.RELIABILITY).format(Format.KUBERNETES)
            .description("Reports a StatefulSet without `spec.serviceName`, and, when its bundle (the same folder) "
                    + "defines Services, one whose `serviceName` is not a Service of the bundle in its namespace, is "
                    + "not headless (`clusterIP: None`), or does not select the pod template. Headlessness is checked "
                    + "when the Service is in the same file; a Service in another file of the folder is trusted on "
                    + "that point. Values with template syntax are skipped.")
            .rationale("Each StatefulSet pod gets its stable DNS name (`ledger-0.ledger.payments.svc`) from the "
                    + "governing headless Service. Without it, clustered databases, Kafka brokers or consensus stores "
                    + "cannot find their peers by name, and replication or leader election fails after the first "
                    + "pod restart.")
            .remediation("Set `spec.serviceName` to a Service with `clusterIP: None` whose selector matches the pod "
                    + "template labels, and ship that Service with the StatefulSet.")
            .reference("https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/#stable-network-id")
            .equivalent("kube-score", "statefulset-has-servicename")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(KubernetesManifests manifests, RuleContext context) {
        CrossObjectBundle bundle = CrossObjectBundle.of(context);
        for (KubernetesObject o : manifests.objects()) {
            if (!o.kind().equals("StatefulSet")) continue;
            YamlNode serviceName = o.spec().get("serviceName");
            String name = serviceName.text().orElse("");
            if (name.isEmpty()) {
                report(context, o, NetworkNodes.spec(o), o.display() + " has no serviceName, so its pods get no "
                        + "stable DNS names; set it to a headless Service");
                continue;
            }
            if (SelectorExpression.isTemplated(name) || !bundle.defines("Service")) continue;
            String namespace = o.namespace().orElse("");
            List<ObjectSummary> services = bundle.ofKind("Service", namespace).stream()
                    .filter(s -> s.name().equals(name)).toList();
            if (services.isEmpty()) {
                report(context, o, serviceName.span(), o.display() + " names Service " + name + ", which is not "
                        + "defined in this folder; add a headless Service of that name");
                continue;
            }
            Map<String, String> podLabels = Workloads.podSpec(o).map(p -> p.podLabels()).orElse(Map.of());
            if (services.stream().noneMatch(s -> ObjectSummary.selects(s.selector(), podLabels))) {
                report(context, o, serviceName.span(), o.display() + " names Service " + name + ", whose selector "
                        + "does not match the pod template labels, so the pods get no DNS records");
                continue;
            }
            for (KubernetesObject s : manifests.objects()) {
                if (!s.kind().equals("Service") || !s.name().orElse("").equals(name)
                        || !CrossObjectBundle.sameNamespace(s.namespace().orElse(""), namespace)) continue;
                if (!s.spec().get("clusterIP").text().orElse("").equals("None")) {
                    report(context, o, serviceName.span(), o.display() + " names Service " + name + ", which is not "
                            + "headless; set clusterIP: None on it").related(
                            NetworkNodes.keyOf(s.spec(), "clusterIP", s.anchor()), "the governing Service");
                }
                break;
            }
        }
    }
}
