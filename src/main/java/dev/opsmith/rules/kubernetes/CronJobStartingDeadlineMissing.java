package dev.opsmith.rules.kubernetes;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.kubernetes.KubernetesManifests;
import dev.opsmith.format.kubernetes.KubernetesObject;
import dev.opsmith.rules.RuleContext;

/** Without a starting deadline, a CronJob that missed more than 100 runs is never scheduled again. */
public final class CronJobStartingDeadlineMissing extends KubernetesRule {
    static final RuleMeta META = RuleMeta.builder("K8S170", "CronJob has no startingDeadlineSeconds")
            .severity(Severity.LOW).category(Category.RELIABILITY).format(Format.KUBERNETES)
            .description("Reports a CronJob whose `spec` has no `startingDeadlineSeconds`.")
            .rationale("The CronJob controller counts every schedule missed since the last run; without a deadline "
                    + "it counts from the last successful schedule, and past 100 missed runs it logs an error and "
                    + "stops starting the job altogether (after a long controller outage, a suspended period or a "
                    + "clock change). A deadline bounds the count, and also keeps a late nightly settlement or "
                    + "reconciliation run from starting hours later, overlapping the business day.")
            .remediation("Set `spec.startingDeadlineSeconds` to how late a run may still start (for example `300` "
                    + "for a job that runs every few minutes, `3600` for a nightly batch).")
            .reference("https://kubernetes.io/docs/concepts/workloads/controllers/cron-jobs/#job-creation")
            .equivalent("kube-score", "cronjob-has-deadline")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(KubernetesManifests manifests, RuleContext context) {
        for (KubernetesObject o : manifests.objects()) {
            if (!o.kind().equals("CronJob") || o.spec().get("startingDeadlineSeconds").present()) continue;
            report(context, o, NetworkNodes.spec(o), o.display() + " has no startingDeadlineSeconds; after 100 "
                    + "missed runs the controller stops scheduling it");
        }
    }
}
