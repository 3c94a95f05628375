package dev.opsmith.rules.kubernetes;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.kubernetes.KubernetesManifests;
import dev.opsmith.format.kubernetes.KubernetesObject;
import dev.opsmith.format.yaml.YamlNode;
import dev.opsmith.rules.RuleContext;

import java.util.Optional;
import java.util.OptionalLong;

/** An autoscaler whose ceiling is its floor cannot scale. */
public final class HpaMaxNotAboveMin extends KubernetesRule {
    static final RuleMeta META = RuleMeta.builder("K8S099", "HPA maxReplicas not above minReplicas")
            .severity(Severity.MEDIUM).category(Category.RELIABILITY).format(Format.KUBERNETES)
            .description("Reports a HorizontalPodAutoscaler whose `maxReplicas` is not greater than its "
                    + "`minReplicas` (1 when absent). Templated values are not judged.")
            .rationale("With the ceiling at or below the floor the autoscaler never adds a pod, however high the "
                    + "load; the manifest suggests elastic capacity for settlement runs and traffic peaks that the "
                    + "cluster will not provide, and the API rejects a ceiling below the floor outright.")
            .remediation("Raise `maxReplicas` above `minReplicas` to the capacity the service may use at peak, or "
                    + "drop the autoscaler and set `replicas` if a fixed size is intended.")
            .reference("https://kubernetes.io/docs/tasks/run-application/horizontal-pod-autoscale/")
            .equivalent("polaris", "hpaMaxAvailability")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(KubernetesManifests manifests, RuleContext context) {
        for (KubernetesObject hpa : manifests.objects()) {
            if (!hpa.kind().equals(WorkloadReplicas.HPA)) continue;
            YamlNode maxNode = hpa.spec().get("maxReplicas");
            Optional<Long> max = maxNode.integer();
            OptionalLong min = WorkloadReplicas.hpaMinReplicas(hpa);
            if (max.isEmpty() || min.isEmpty() || max.get() > min.getAsLong()) continue;
            report(context, hpa, maxNode.span(), hpa.display() + " sets maxReplicas " + max.get()
                    + ", not above its minReplicas " + min.getAsLong() + ", so it can never scale out; raise "
                    + "maxReplicas or replace the autoscaler with a fixed replica count")
                    .property("maxReplicas", Long.toString(max.get()))
                    .property("minReplicas", Long.toString(min.getAsLong()));
        }
    }
}
