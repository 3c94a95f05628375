package dev.opsmith.rules.kubernetes;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.kubernetes.KubernetesManifests;
import dev.opsmith.rules.RuleContext;

/** Bindings that give rights to a namespace's {@code default} ServiceAccount, and so to every pod that names none. */
public final class BindingToDefaultServiceAccount extends KubernetesRule {
    static final RuleMeta META = RuleMeta.builder("K8S112", "RBAC binding grants rights to a default service account")
            .severity(Severity.MEDIUM).category(Category.SECURITY).format(Format.KUBERNETES)
            .description("Flags each subject of a RoleBinding or ClusterRoleBinding with `kind: ServiceAccount` and "
                    + "`name: default`, whatever its namespace.")
            .rationale("Every pod of the namespace that does not name its own ServiceAccount runs as `default` and "
                    + "mounts its token, so a binding meant for one workload hands the same rights to all of them, "
                    + "including pods added later by other teams. Rights then no longer follow the principle of least "
                    + "privilege that financial-sector access controls require.")
            .remediation("Create a dedicated ServiceAccount for the workload that needs the rights, bind the role to "
                    + "that account, and set `serviceAccountName` in its pod template.")
            .reference("https://kubernetes.io/docs/concepts/security/service-accounts/#default-service-accounts")
            .reference("https://kubernetes.io/docs/reference/access-authn-authz/rbac/#service-account-permissions")
            .equivalent("checkov", "CKV_K8S_42")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(KubernetesManifests manifests, RuleContext context) {
        RbacSubjects.forEach(manifests, (binding, subject) -> {
            if (!RbacSubjects.kind(subject).equals("ServiceAccount") || !RbacSubjects.name(subject).equals("default")) return;
            String namespace = RbacSubjects.namespace(binding, subject);
            report(context, binding, subject.span(), binding.display() + " grants \"" + RbacSubjects.roleRefName(binding)
                    + "\" to the default service account" + (namespace.isEmpty() ? "" : " of namespace " + namespace)
                    + "; bind a dedicated ServiceAccount instead");
        });
    }
}
