package dev.opsmith.rules.kubernetes;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.kubernetes.KubernetesManifests;
import dev.opsmith.format.kubernetes.KubernetesObject;
import dev.opsmith.format.kubernetes.ObjectSummary;
import dev.opsmith.format.kubernetes.PodSpec;
import dev.opsmith.rules.RuleContext;

/** Without a readiness probe a pod receives traffic as soon as its process starts, ready or not. */
public final class ReadinessProbeMissing extends KubernetesRule {
    static final RuleMeta META = RuleMeta.builder("K8S077", "Serving container has no readiness probe")
            .severity(Severity.LOW).category(Category.RELIABILITY).format(Format.KUBERNETES)
            .description("Reports a regular container (or sidecar init container, `restartPolicy: Always`) without "
                    + "`readinessProbe` in a Pod, Deployment, StatefulSet, ReplicaSet or ReplicationController, and in "
                    + "a DaemonSet when a Service of the same bundle and namespace selects its pods. Jobs and CronJobs, "
                    + "ordinary init containers, ephemeral containers, and DaemonSets that no Service selects (node "
                    + "agents) are not checked.")
            .rationale("Kubernetes considers a container without a readiness probe ready the moment it starts. During "
                    + "a rollout or a restart, requests then reach a pod that is still warming caches or opening its "
                    + "database pool, and a rolling update happily replaces healthy pods with broken ones. For a "
                    + "payments API that is visible as failed transactions during every deployment.")
            .remediation("Add a `readinessProbe` that checks the container can serve (for example `httpGet` on a "
                    + "`/ready` endpoint that verifies its own dependencies), separate from the liveness probe.")
            .reference("https://kubernetes.io/docs/concepts/configuration/liveness-readiness-startup-probes/")
            .reference("https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(KubernetesManifests manifests, RuleContext context) {
        Probes.reportMissing(manifests, context,
                (object, spec) -> !object.kind().equals("DaemonSet") || selectedByService(context, object, spec),
                "readinessProbe", "readiness probe: it gets traffic before it can serve it; add a readinessProbe");
    }

    /** True when a Service of the object's bundle and namespace selects the DaemonSet's pods. */
    private static boolean selectedByService(RuleContext context, KubernetesObject object, PodSpec spec) {
        String namespace = object.namespace().orElse("");
        for (ObjectSummary service : index(context).inGroup(group(context), "Service")) {
            if (service.namespace().equals(namespace) && ObjectSummary.selects(service.selector(), spec.podLabels())) {
                return true;
            }
        }
        return false;
    }
}
