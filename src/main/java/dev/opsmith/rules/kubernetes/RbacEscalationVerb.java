package dev.opsmith.rules.kubernetes;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.kubernetes.KubernetesManifests;
import dev.opsmith.format.yaml.YamlNode;
import dev.opsmith.rules.RuleContext;

import java.util.Set;

/** The RBAC verbs that exist to step around RBAC: escalate, bind and impersonate. */
public final class RbacEscalationVerb extends KubernetesRule {
    private static final Set<String> ROLES = Set.of("roles", "clusterroles");
    private static final Set<String> IDENTITIES = Set.of("users", "groups", "serviceaccounts", "uids", "userextras/*");

    static final RuleMeta META = RuleMeta.builder("K8S120", "Role grants escalate, bind or impersonate")
            .severity(Severity.HIGH).category(Category.SECURITY).format(Format.KUBERNETES)
            .description("Flags the verb `escalate` or `bind` in a Role or ClusterRole rule covering `roles` or "
                    + "`clusterroles` (or `*`), and the verb `impersonate` in a rule covering `users`, `groups`, "
                    + "`serviceaccounts`, `uids` (or `*`), also when `resourceNames` narrows it. `*` verbs are reported "
                    + "by K8S116.")
            .rationale("RBAC normally stops a subject from granting more than it holds. `escalate` lifts that check "
                    + "for editing roles, `bind` lifts it for binding roles, and `impersonate` lets the subject act as "
                    + "another user, group or account outright. Any of them lets one compromised identity become "
                    + "cluster administrator, and impersonated requests are logged under the victim's name, which "
                    + "corrupts the audit trail a regulator relies on.")
            .remediation("Remove these verbs from application roles. Controllers that must create bindings should get "
                    + "`bind` only with `resourceNames` listing the roles they may hand out; impersonation belongs to "
                    + "audited administrative tooling.")
            .reference("https://kubernetes.io/docs/reference/access-authn-authz/rbac/#privilege-escalation-prevention-and-bootstrapping")
            .reference("https://kubernetes.io/docs/reference/access-authn-authz/authentication/#user-impersonation")
            .equivalent("kube-linter", "bind-verb-in-role", "escalate-verb-in-role")
            .equivalent("checkov", "CKV_K8S_157", "CKV_K8S_158")
            .equivalent("trivy", "KSV043")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(KubernetesManifests manifests, RuleContext context) {
        RbacPolicyRule.forEach(manifests, (role, rule) -> {
            for (YamlNode verb : rule.verbs()) {
                String v = RbacPolicyRule.text(verb);
                boolean risky = switch (v) {
                    case "escalate", "bind" -> rule.coversResource(ROLES);
                    case "impersonate" -> rule.coversResource(IDENTITIES);
                    default -> false;
                };
                if (risky) {
                    report(context, role, verb.span(), role.display() + " grants " + v + ", which bypasses RBAC's "
                            + "privilege-escalation checks; remove it from the role");
                }
            }
        });
    }
}
