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

/** A workload with one pod is down during every node drain, eviction or crash. */
public final class SingleReplica extends KubernetesRule {
    static final RuleMeta META = RuleMeta.builder("K8S090", "Workload runs fewer replicas than the minimum")
            .severity(Severity.LOW).category(Category.RELIABILITY).format(Format.KUBERNETES)
            .description("Reports a Deployment or StatefulSet whose `spec.replicas` is below the minimum (2 unless "
                    + "`rules.settings.K8S090.min-replicas` says otherwise). An absent `replicas` counts as 1, as the "
                    + "API defaults it. Workloads that a HorizontalPodAutoscaler of the same folder scales are skipped: "
                    + "the autoscaler owns their replica count (K8S098 checks its minimum).")
            .rationale("With a single pod, every node drain, cluster upgrade, eviction or crash is an outage until a "
                    + "replacement is scheduled and ready. Payment and ledger services on a regulated platform usually "
                    + "carry availability commitments that one pod cannot meet, and upgrades of the cluster itself "
                    + "then require a maintenance window.")
            .remediation("Run at least two replicas (`replicas: 2` or more), spread them across nodes (K8S092) and "
                    + "protect them with a PodDisruptionBudget (K8S094); or let a HorizontalPodAutoscaler with "
                    + "`minReplicas: 2` own the count.")
            .reference("https://kubernetes.io/docs/concepts/workloads/controllers/deployment/#replicas")
            .reference("https://kubernetes.io/docs/tasks/run-application/configure-pdb/")
            .equivalent("kube-score", "deployment-replicas")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(KubernetesManifests manifests, RuleContext context) {
        long minimum = WorkloadReplicas.minReplicasSetting(context, 2);
        for (KubernetesObject o : manifests.objects()) {
            if (!WorkloadReplicas.isDeploymentOrStatefulSet(o)) continue;
            if (!WorkloadReplicas.hpasTargeting(index(context), group(context), o).isEmpty()) continue;
            OptionalLong replicas = WorkloadReplicas.declared(o);
            if (replicas.isEmpty() || replicas.getAsLong() >= minimum) continue;
            YamlNode node = o.spec().get("replicas");
            long n = replicas.getAsLong();
            String count = (node.present() ? " runs " : " sets no replicas and so runs ") + n
                    + (n == 1 ? " replica" : " replicas");
            report(context, o, node.present() ? node.span() : SpecKeys.spec(o), o.display() + count
                    + ", fewer than the minimum of " + minimum + "; one node drain or crash takes it offline, so run at "
                    + "least " + minimum + " replicas or scale it with a HorizontalPodAutoscaler")
                    .property("replicas", Long.toString(replicas.getAsLong()))
                    .property("minimum", Long.toString(minimum));
        }
    }
}
