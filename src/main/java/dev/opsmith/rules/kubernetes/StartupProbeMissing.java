package dev.opsmith.rules.kubernetes;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.kubernetes.KubernetesManifests;
import dev.opsmith.rules.RuleContext;

/** For platforms that want slow starters protected from their own liveness probe; off by default. */
public final class StartupProbeMissing extends KubernetesRule {
    static final RuleMeta META = RuleMeta.builder("K8S079", "Container has no startup probe")
            .severity(Severity.INFO).category(Category.RELIABILITY).format(Format.KUBERNETES).optIn()
            .description("Reports a regular container (or sidecar init container, `restartPolicy: Always`) without "
                    + "`startupProbe` in a Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet or "
                    + "ReplicationController. Jobs, CronJobs, ordinary init containers and ephemeral containers are "
                    + "not checked. Opt-in: containers that start in seconds do not need one.")
            .rationale("Until a startup probe succeeds, the kubelet holds back the liveness and readiness probes. "
                    + "Without one, a JVM service that needs a minute to warm up must either get a long "
                    + "`initialDelaySeconds` (slowing detection of real hangs for its whole life) or risk being killed "
                    + "in a restart loop when a cold start is slower than usual, as after a node failure when every "
                    + "replica starts at once.")
            .remediation("Add a `startupProbe` on the same endpoint as the liveness probe with "
                    + "`failureThreshold` × `periodSeconds` covering the slowest expected start.")
            .reference("https://kubernetes.io/docs/concepts/configuration/liveness-readiness-startup-probes/")
            .reference("https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(KubernetesManifests manifests, RuleContext context) {
        Probes.reportMissing(manifests, context, (object, spec) -> true, "startupProbe",
                "startup probe; add one if it can start slowly, so that its liveness probe does not kill it while "
                        + "it starts");
    }
}
