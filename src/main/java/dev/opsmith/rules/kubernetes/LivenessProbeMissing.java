package dev.opsmith.rules.kubernetes;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.kubernetes.KubernetesManifests;
import dev.opsmith.rules.RuleContext;

/** For platforms that want every long-running container restarted when it hangs; off by default. */
public final class LivenessProbeMissing extends KubernetesRule {
    static final RuleMeta META = RuleMeta.builder("K8S078", "Container has no liveness probe")
            .severity(Severity.LOW).category(Category.RELIABILITY).format(Format.KUBERNETES).optIn()
            .description("Reports a regular container (or sidecar init container, `restartPolicy: Always`) without "
                    + "`livenessProbe` in a Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet or "
                    + "ReplicationController. Jobs, CronJobs, ordinary init containers and ephemeral containers are "
                    + "not checked. Opt-in: a liveness probe is only useful when the process can hang without exiting.")
            .rationale("A process that deadlocks or stops making progress without exiting keeps its pod Running, and "
                    + "nothing restarts it. A liveness probe lets the kubelet recover it without a human. A badly "
                    + "tuned probe is worse than none, though: one that checks downstream dependencies or times out "
                    + "under load restarts every replica at once, which is why the rule is off by default.")
            .remediation("Add a `livenessProbe` that checks only the process itself (a cheap `/livez` endpoint or a "
                    + "TCP check), with a generous `failureThreshold`, and a `startupProbe` for slow starters.")
            .reference("https://kubernetes.io/docs/concepts/configuration/liveness-readiness-startup-probes/")
            .reference("https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/")
            .equivalent("checkov", "CKV_K8S_8")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(KubernetesManifests manifests, RuleContext context) {
        Probes.reportMissing(manifests, context, (object, spec) -> true, "livenessProbe",
                "liveness probe: a hung process is never restarted; add a livenessProbe that checks the process only");
    }
}
