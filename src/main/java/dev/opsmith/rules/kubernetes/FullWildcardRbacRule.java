package dev.opsmith.rules.kubernetes;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.kubernetes.KubernetesManifests;
import dev.opsmith.rules.RuleContext;

import java.util.Set;

/** A rule with {@code *} verbs on {@code *} resources: the role is an administrator role under another name. */
public final class FullWildcardRbacRule extends KubernetesRule {
    static final RuleMeta META = RuleMeta.builder("K8S117", "RBAC rule grants every verb on every resource")
            .severity(Severity.CRITICAL).category(Category.SECURITY).format(Format.KUBERNETES)
            .description("Flags a Role or ClusterRole rule whose `verbs` and `resources` both contain `*`, whatever its "
                    + "`apiGroups`. Such a rule also raises K8S116.")
            .rationale("A ClusterRole with this rule is `cluster-admin`; a Role with it is full control of the "
                    + "namespace, including reading every Secret and rewriting its own RBAC. Unlike a binding to "
                    + "`cluster-admin` it does not stand out in review, so it is the usual way such power reaches an "
                    + "application account unnoticed.")
            .remediation("Replace the rule with rules that list the API groups, resources and verbs the subject "
                    + "needs; if full control is really intended, bind the built-in `admin` or `cluster-admin` role "
                    + "explicitly so the grant is visible.")
            .reference("https://kubernetes.io/docs/concepts/security/rbac-good-practices/#minimize-wildcard-use")
            .equivalent("kube-linter", "wildcard-resource-verb-combo")
            .equivalent("trivy", "KSV044")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(KubernetesManifests manifests, RuleContext context) {
        RbacPolicyRule.forEach(manifests, (role, rule) -> {
            if (!rule.resource(Set.of("*")).isPresent()) return;
            rule.verb(Set.of("*")).ifPresent(verb -> report(context, role, verb.span(), role.display()
                    + " grants every verb on every resource, as much as an administrator; list what is needed"));
        });
    }
}
