package dev.opsmith.rules.kubernetes;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.kubernetes.KubernetesManifests;
import dev.opsmith.format.kubernetes.PodSpec;
import dev.opsmith.format.yaml.YamlNode;
import dev.opsmith.rules.RuleContext;

import java.util.Set;

/** The API accepts only some restart policies per controller; anything else fails the apply. */
public final class JobRestartPolicyInvalid extends KubernetesRule {
    static final RuleMeta META = RuleMeta.builder("K8S172", "restartPolicy not valid for the kind")
            .severity(Severity.HIGH).category(Category.RELIABILITY).format(Format.KUBERNETES)
            .description("Reports a Job or CronJob pod template whose `restartPolicy` is missing or `Always` (only "
                    + "`OnFailure` and `Never` are accepted), and a Deployment, StatefulSet, DaemonSet, ReplicaSet "
                    + "or ReplicationController pod template whose `restartPolicy` is set to anything but `Always`. "
                    + "Container-level `restartPolicy: Always` of sidecar init containers is a different field and "
                    + "is not checked. Values with template syntax are skipped.")
            .rationale("The API server rejects the object: the pod template's default, `Always`, is invalid for a "
                    + "Job, and long-running controllers must restart their pods. The release fails at apply time, "
                    + "often only in the environment where the Job first runs.")
            .remediation("Set `restartPolicy: OnFailure` (retry in place) or `Never` (retry with a new pod, keeping "
                    + "the failed one for inspection) in Job and CronJob templates; remove `restartPolicy` from "
                    + "Deployments and other controllers or set it to `Always`.")
            .reference("https://kubernetes.io/docs/concepts/workloads/controllers/job/#pod-template")
            .reference("https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/#restart-policy")
            .equivalent("kube-score", "cronjob-restartpolicy")
            .build();

    private static final Set<String> RUN_TO_COMPLETION = Set.of("Job", "CronJob");
    private static final Set<String> LONG_RUNNING = Set.of("Deployment", "StatefulSet", "DaemonSet", "ReplicaSet",
            "ReplicationController");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(KubernetesManifests manifests, RuleContext context) {
        forEachPodSpec(manifests, (o, spec) -> {
            YamlNode policy = spec.node().get("restartPolicy");
            String value = policy.text().orElse("");
            if (SelectorExpression.isTemplated(value)) return;
            if (RUN_TO_COMPLETION.contains(o.kind())) {
                if (value.equals("OnFailure") || value.equals("Never")) return;
                report(context, o, policy.present() ? policy.span() : templateSpecKey(o.kind(), spec),
                        o.display() + (policy.present() ? " sets restartPolicy " + value : " has no restartPolicy (it "
                                + "defaults to Always)") + ", which the API rejects for a Job; use OnFailure or Never");
            } else if (LONG_RUNNING.contains(o.kind()) && policy.present() && !value.equals("Always")) {
                report(context, o, policy.span(), o.display() + " sets restartPolicy " + value + "; a " + o.kind()
                        + " only accepts Always");
            }
        });
    }

    /** The pod template's {@code spec:} key. */
    private static dev.opsmith.core.Span templateSpecKey(String kind, PodSpec spec) {
        YamlNode template = kind.equals("CronJob") ? spec.owner().spec().path("jobTemplate", "spec", "template")
                : spec.owner().spec().get("template");
        return NetworkNodes.keyOf(template, "spec", spec.owner().anchor());
    }
}
