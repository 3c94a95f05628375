package dev.opsmith.rules.kubernetes;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.kubernetes.KubernetesManifests;
import dev.opsmith.format.kubernetes.KubernetesObject;
import dev.opsmith.format.yaml.YamlNode;
import dev.opsmith.rules.RuleContext;

import java.util.Map;

/** Finished Jobs and their pods stay in the cluster until someone deletes them. */
public final class JobTtlMissing extends KubernetesRule {
    static final RuleMeta META = RuleMeta.builder("K8S171", "Standalone Job is never cleaned up")
            .severity(Severity.INFO).category(Category.HYGIENE).format(Format.KUBERNETES)
            .description("Reports a Job without `spec.ttlSecondsAfterFinished`, unless it is owned by a CronJob "
                    + "(`metadata.ownerReferences`), or it is a Helm or Argo CD hook with a hook delete policy "
                    + "(`helm.sh/hook-delete-policy`, `argocd.argoproj.io/hook-delete-policy`), whose tool removes "
                    + "it. Any TTL value, including `0`, is compliant.")
            .rationale("A finished Job keeps its pods, their logs and their status in the API until it is deleted. "
                    + "One-off migrations and batch runs pile up, clutter the namespace, count against object "
                    + "quotas, and an immutable Job of the same name blocks the next release from re-creating it. "
                    + "GitOps tools that re-create deleted Jobs may prefer to waive this rule.")
            .remediation("Set `spec.ttlSecondsAfterFinished` (for example `86400` to keep a day for inspection), or "
                    + "run the Job as a Helm/Argo CD hook with a delete policy.")
            .reference("https://kubernetes.io/docs/concepts/workloads/controllers/ttlafterfinished/")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(KubernetesManifests manifests, RuleContext context) {
        for (KubernetesObject o : manifests.objects()) {
            if (!o.kind().equals("Job") || o.spec().get("ttlSecondsAfterFinished").present()) continue;
            if (ownedByCronJob(o) || cleanedUpByTool(o.annotations())) continue;
            report(context, o, NetworkNodes.spec(o), o.display() + " has no ttlSecondsAfterFinished, so it and its "
                    + "pods stay in the cluster after it finishes");
        }
    }

    private static boolean ownedByCronJob(KubernetesObject o) {
        for (YamlNode ref : o.metadata().get("ownerReferences").items()) {
            if (ref.get("kind").text().orElse("").equals("CronJob")) return true;
        }
        return false;
    }

    private static boolean cleanedUpByTool(Map<String, String> annotations) {
        return annotations.containsKey("helm.sh/hook-delete-policy")
                || annotations.containsKey("argocd.argoproj.io/hook-delete-policy");
    }
}
