package dev.opsmith.rules.kubernetes;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.kubernetes.KubernetesManifests;
import dev.opsmith.format.kubernetes.KubernetesObject;
import dev.opsmith.format.yaml.YamlNode;
import dev.opsmith.rules.RuleContext;

/** Under the default policy, pods that never became ready still count against the budget and block drains. */
public final class PdbUnhealthyPodEvictionPolicyUnset extends KubernetesRule {
    static final RuleMeta META = RuleMeta.builder("K8S097", "PDB does not allow evicting unhealthy pods")
            .severity(Severity.LOW).category(Category.RELIABILITY).format(Format.KUBERNETES).optIn()
            .description("Opt-in. Reports a `policy/v1` PodDisruptionBudget whose `unhealthyPodEvictionPolicy` is "
                    + "absent or `IfHealthyBudget`; `AlwaysAllow` is compliant.")
            .rationale("With the default policy, running pods that are not ready may only be evicted while the "
                    + "application's budget still holds. A workload stuck in a crash loop therefore blocks node drains "
                    + "and cluster upgrades exactly when the platform team needs to move it; `AlwaysAllow` lets the "
                    + "broken pods go while healthy ones stay protected.")
            .remediation("Set `unhealthyPodEvictionPolicy: AlwaysAllow` in the budget's `spec` (stable since "
                    + "Kubernetes 1.31, available from 1.27 behind a feature gate that is on by default).")
            .reference("https://kubernetes.io/docs/tasks/run-application/configure-pdb/#unhealthy-pod-eviction-policy")
            .equivalent("kube-linter", "pdb-unhealthy-pod-eviction-policy")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(KubernetesManifests manifests, RuleContext context) {
        for (KubernetesObject pdb : manifests.objects()) {
            if (!pdb.kind().equals(PdbMissing.PDB) || !pdb.apiVersion().equals("policy/v1")) continue;
            YamlNode policy = pdb.spec().get("unhealthyPodEvictionPolicy");
            String value = policy.text().orElse("");
            if (value.equals("AlwaysAllow") || LabelSelectorMatch.templated(value)) continue;
            if (value.isEmpty()) {
                report(context, pdb, SpecKeys.spec(pdb), pdb.display() + " does not set unhealthyPodEvictionPolicy, "
                        + "so crash-looping pods can block node drains; set unhealthyPodEvictionPolicy: AlwaysAllow");
            } else {
                report(context, pdb, policy.span(), pdb.display() + " sets unhealthyPodEvictionPolicy " + value
                        + ", so crash-looping pods can block node drains; set it to AlwaysAllow");
            }
        }
    }
}
