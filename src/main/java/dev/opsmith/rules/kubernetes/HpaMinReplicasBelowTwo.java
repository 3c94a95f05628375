package dev.opsmith.rules.kubernetes;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.kubernetes.KubernetesManifests;
import dev.opsmith.format.kubernetes.KubernetesObject;
import dev.opsmith.format.yaml.YamlNode;
import dev.opsmith.rules.RuleContext;

import java.util.OptionalLong;

/** An autoscaler that may scale to one pod gives back the redundancy it was meant to add. */
public final class HpaMinReplicasBelowTwo extends KubernetesRule {
    static final RuleMeta META = RuleMeta.builder("K8S098", "HPA can scale down to a single pod")
            .severity(Severity.LOW).category(Category.RELIABILITY).format(Format.KUBERNETES)
            .description("Reports a HorizontalPodAutoscaler whose `minReplicas` is absent (the API defaults it to 1) "
                    + "or below the minimum (2 unless `rules.settings.K8S098.min-replicas` says otherwise).")
            .rationale("In quiet hours the autoscaler shrinks the workload to `minReplicas`. At one pod, the service "
                    + "is back to a single point of failure: a node drain or crash at night takes it down, and the "
                    + "first requests of the morning peak land on a lone pod while new ones start.")
            .remediation("Set `minReplicas: 2` (or more) on the HorizontalPodAutoscaler.")
            .reference("https://kubernetes.io/docs/tasks/run-application/horizontal-pod-autoscale/")
            .equivalent("kube-score", "horizontalpodautoscaler-replicas")
            .equivalent("polaris", "hpaMinAvailability")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(KubernetesManifests manifests, RuleContext context) {
        long minimum = WorkloadReplicas.minReplicasSetting(context, 2);
        for (KubernetesObject hpa : manifests.objects()) {
            if (!hpa.kind().equals(WorkloadReplicas.HPA)) continue;
            OptionalLong min = WorkloadReplicas.hpaMinReplicas(hpa);
            if (min.isEmpty() || min.getAsLong() >= minimum) continue;
            YamlNode node = hpa.spec().get("minReplicas");
            String what = node.present() && !node.isNull() ? " sets minReplicas " + min.getAsLong()
                    : " does not set minReplicas (defaults to 1)";
            report(context, hpa, node.present() ? node.span() : SpecKeys.spec(hpa), hpa.display() + what
                    + ", so it may scale down to fewer than " + minimum + " pods; set minReplicas: " + minimum)
                    .property("minReplicas", Long.toString(min.getAsLong()))
                    .property("minimum", Long.toString(minimum));
        }
    }
}
