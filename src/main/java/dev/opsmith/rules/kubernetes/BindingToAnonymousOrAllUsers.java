package dev.opsmith.rules.kubernetes;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.kubernetes.KubernetesManifests;
import dev.opsmith.rules.RuleContext;

import java.util.Set;

/** Bindings whose subject is everyone: anonymous requests or every authenticated identity. */
public final class BindingToAnonymousOrAllUsers extends KubernetesRule {
    private static final Set<String> HARMLESS_ROLES = Set.of("system:public-info-viewer", "system:discovery",
            "system:basic-user");

    static final RuleMeta META = RuleMeta.builder("K8S125", "Binding grants rights to anonymous or all authenticated users")
            .severity(Severity.CRITICAL).category(Category.SECURITY).format(Format.KUBERNETES)
            .description("Flags each subject of a RoleBinding or ClusterRoleBinding that is the User "
                    + "`system:anonymous`, the Group `system:unauthenticated` or the Group `system:authenticated`. "
                    + "Bindings to the built-in `system:public-info-viewer`, `system:discovery` and `system:basic-user` "
                    + "roles (which Kubernetes itself binds this way) are accepted.")
            .rationale("`system:authenticated` is every identity the cluster accepts, including every pod's "
                    + "ServiceAccount token and, on managed clusters, sometimes any account of the cloud provider; "
                    + "the anonymous subjects need no credential at all. A role bound to them is granted to attackers "
                    + "first and users second.")
            .remediation("Bind the role to the specific users, groups or ServiceAccounts that need it.")
            .reference("https://kubernetes.io/docs/reference/access-authn-authz/rbac/#default-roles-and-role-bindings")
            .reference("https://kubernetes.io/docs/reference/access-authn-authz/authentication/#anonymous-requests")
            .equivalent("trivy", "KSV122", "KSV01011")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(KubernetesManifests manifests, RuleContext context) {
        RbacSubjects.forEach(manifests, (binding, subject) -> {
            String kind = RbacSubjects.kind(subject);
            String name = RbacSubjects.name(subject);
            boolean everyone = kind.equals("User") && name.equals("system:anonymous")
                    || kind.equals("Group") && (name.equals("system:unauthenticated") || name.equals("system:authenticated"));
            String role = RbacSubjects.roleRefName(binding);
            if (!everyone || HARMLESS_ROLES.contains(role)) return;
            report(context, binding, subject.span(), binding.display() + " grants \"" + role + "\" to " + name
                    + "; bind it to specific subjects");
        });
    }
}
