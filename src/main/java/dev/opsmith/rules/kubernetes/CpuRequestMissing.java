package dev.opsmith.rules.kubernetes;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.kubernetes.KubernetesManifests;
import dev.opsmith.rules.RuleContext;

/** Without a CPU request the scheduler places a container as if it needed no CPU at all. */
public final class CpuRequestMissing extends KubernetesRule {
    static final RuleMeta META = RuleMeta.builder("K8S070", "Container has no CPU request")
            .severity(Severity.MEDIUM).category(Category.RELIABILITY).format(Format.KUBERNETES)
            .description("Reports a regular or init container of a pod-bearing object (Pod, Deployment, StatefulSet, "
                    + "DaemonSet, ReplicaSet, ReplicationController, Job, CronJob) without `resources.requests.cpu`. "
                    + "A `limits.cpu` alone is accepted, because the API server then sets the request to the limit. "
                    + "Ephemeral (debug) containers are not checked: they cannot declare resources.")
            .rationale("The scheduler only reserves what a container requests. With no CPU request the pod lands on "
                    + "nodes that are already busy, gets the smallest share of CPU under contention, and is in the "
                    + "BestEffort or Burstable class that the kubelet evicts first. For a payment or ledger service "
                    + "this turns a neighbour's traffic spike into your latency incident, and capacity planning "
                    + "and chargeback have no figure to work from.")
            .remediation("Set `resources.requests.cpu` to what the container needs under normal load (for example "
                    + "`250m`), measured from its metrics; a CPU limit is optional (see K8S073).")
            .reference("https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(KubernetesManifests manifests, RuleContext context) {
        ContainerResources.reportMissing(manifests, context,
                c -> ContainerResources.hasEffectiveRequest(c, "cpu"),
                "CPU request: the scheduler reserves no CPU for it; set resources.requests.cpu");
    }
}
