package dev.opsmith.rules.kubernetes;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.kubernetes.KubernetesManifests;
import dev.opsmith.rules.RuleContext;

import java.util.Set;

/** Roles that can create or change Roles, ClusterRoles and their bindings. */
public final class RbacObjectWriteAccess extends KubernetesRule {
    private static final Set<String> RBAC = Set.of("roles", "clusterroles", "rolebindings", "clusterrolebindings");
    private static final Set<String> VERBS = Set.of("create", "update", "patch", "delete", "*");

    static final RuleMeta META = RuleMeta.builder("K8S122", "Role can write RBAC objects")
            .severity(Severity.HIGH).category(Category.SECURITY).format(Format.KUBERNETES)
            .description("Flags the first `create`, `update`, `patch`, `delete` or `*` verb of a Role or ClusterRole "
                    + "rule naming `roles`, `clusterroles`, `rolebindings` or `clusterrolebindings`. A `*` resource is "
                    + "reported by K8S116.")
            .rationale("An identity that can write bindings can bind any role it already holds to any account it "
                    + "controls, and one that can delete them can remove other teams' access or the guard rails "
                    + "around it. Combined with `bind` or `escalate` (K8S120) it reaches cluster-admin. Changes to "
                    + "who-can-do-what must go through reviewed delivery, not through a running workload.")
            .remediation("Manage RBAC objects from the delivery pipeline or GitOps controller only. If an operator "
                    + "must create bindings, limit it to its namespace and to the roles it hands out (`resourceNames` "
                    + "plus `bind`).")
            .reference("https://kubernetes.io/docs/concepts/security/rbac-good-practices/#privilege-escalation-risks")
            .equivalent("trivy", "KSV050", "KSV055")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(KubernetesManifests manifests, RuleContext context) {
        RbacPolicyRule.forEach(manifests, (role, rule) -> {
            if (rule.resource(RBAC).isEmpty()) return;
            rule.verb(VERBS).ifPresent(verb -> report(context, role, verb.span(), role.display() + " can "
                    + RbacPolicyRule.text(verb) + " RBAC objects; manage roles and bindings from the delivery pipeline"));
        });
    }
}
