package dev.opsmith.rules.kubernetes;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.kubernetes.KubernetesManifests;
import dev.opsmith.format.yaml.YamlNode;
import dev.opsmith.rules.RuleContext;

/** Pods that run as their namespace's {@code default} ServiceAccount, shared with every other such pod. */
public final class DefaultServiceAccountUsed extends KubernetesRule {
    static final RuleMeta META = RuleMeta.builder("K8S111", "Pod runs as the default service account")
            .severity(Severity.LOW).category(Category.SECURITY).format(Format.KUBERNETES).optIn()
            .description("Flags pod specs that name no ServiceAccount (`serviceAccountName`, or the deprecated "
                    + "`serviceAccount`) or name `default`. Opt-in: many workloads that never call the API run as "
                    + "`default` harmlessly when its token is not mounted (see K8S110).")
            .rationale("The `default` account is shared by every pod of the namespace that does not choose another, "
                    + "so any right granted to it for one workload silently extends to all of them, and audit logs "
                    + "cannot tell the workloads apart. A dedicated account per workload keeps rights and audit trails "
                    + "attributable, which access reviews on a regulated platform rely on.")
            .remediation("Create a ServiceAccount per workload (with `automountServiceAccountToken: false` unless it "
                    + "calls the API) and set `serviceAccountName` in the pod template.")
            .reference("https://kubernetes.io/docs/concepts/security/service-accounts/#default-service-accounts")
            .reference("https://kubernetes.io/docs/concepts/security/rbac-good-practices/")
            .equivalent("kube-linter", "default-service-account")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(KubernetesManifests manifests, RuleContext context) {
        forEachPodSpec(manifests, (obj, spec) -> {
            if (!PodServiceAccount.name(spec).equals(PodServiceAccount.DEFAULT)) return;
            YamlNode named = PodServiceAccount.nameNode(spec);
            report(context, obj, named.present() ? named.span() : PodServiceAccount.specKey(spec),
                    obj.display() + " runs as the default service account; give the workload its own ServiceAccount");
        });
    }
}
