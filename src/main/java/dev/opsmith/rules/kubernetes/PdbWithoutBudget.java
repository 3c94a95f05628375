package dev.opsmith.rules.kubernetes;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.kubernetes.KubernetesManifests;
import dev.opsmith.format.kubernetes.KubernetesObject;
import dev.opsmith.format.yaml.YamlNode;
import dev.opsmith.rules.RuleContext;

/** A budget without a number protects nothing the reader can see. */
public final class PdbWithoutBudget extends KubernetesRule {
    static final RuleMeta META = RuleMeta.builder("K8S096", "PodDisruptionBudget sets neither minAvailable nor maxUnavailable")
            .severity(Severity.LOW).category(Category.RELIABILITY).format(Format.KUBERNETES)
            .description("Reports a PodDisruptionBudget whose `spec` has neither `minAvailable` nor `maxUnavailable`.")
            .rationale("A budget without either field gets `minAvailable: 1` from the API: for a single-replica "
                    + "workload that blocks every drain, and for a large one it protects almost nothing. Either way the "
                    + "manifest does not say how much of the service may be taken down during maintenance, which "
                    + "reviewers and auditors of a regulated platform should be able to read from it.")
            .remediation("State the budget explicitly, usually `maxUnavailable: 1`, or `minAvailable` with a count "
                    + "below the replica count.")
            .reference("https://kubernetes.io/docs/tasks/run-application/configure-pdb/#specifying-a-poddisruptionbudget")
            .equivalent("kube-score", "poddisruptionbudget-has-policy")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(KubernetesManifests manifests, RuleContext context) {
        for (KubernetesObject pdb : manifests.objects()) {
            if (!pdb.kind().equals(PdbMissing.PDB)) continue;
            if (set(pdb.spec().get("minAvailable")) || set(pdb.spec().get("maxUnavailable"))) continue;
            report(context, pdb, SpecKeys.spec(pdb), pdb.display() + " sets neither minAvailable nor "
                    + "maxUnavailable, so its guarantee is implicit; state it, e.g. maxUnavailable: 1");
        }
    }

    private static boolean set(YamlNode value) {
        return value.present() && !value.isNull();
    }
}
