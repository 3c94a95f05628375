package dev.opsmith.rules.kubernetes;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.kubernetes.KubernetesManifests;
import dev.opsmith.rules.RuleContext;

import java.util.Set;

/** Roles that can read every Secret of their scope. */
public final class SecretsReadAccess extends KubernetesRule {
    private static final Set<String> READ = Set.of("get", "list", "watch", "*");

    static final RuleMeta META = RuleMeta.builder("K8S118", "Role can read Secrets")
            .severity(Severity.MEDIUM).category(Category.SECURITY).format(Format.KUBERNETES)
            .description("Flags a Role or ClusterRole rule that covers `secrets` (or `*`) in the core API group (`\"\"` "
                    + "or `*`) with `get`, `list`, `watch` or `*`, and has no `resourceNames`. Rules limited to named "
                    + "Secrets are accepted. Findings on a ClusterRole are high rather than medium and carry the "
                    + "property `scope: cluster` (a ClusterRoleBinding makes it every Secret of every namespace).")
            .rationale("`list` and `watch` return Secret contents, not just names, so such a role reads every "
                    + "credential of the namespace: database passwords, API keys, TLS keys and other workloads' "
                    + "ServiceAccount tokens. A single compromised pod with this role exposes all of them, which turns "
                    + "one incident into a platform-wide credential rotation.")
            .remediation("Mount the Secrets the workload needs as volumes instead of reading them through the API, "
                    + "or limit the rule to `get` with `resourceNames` listing the Secrets it needs.")
            .reference("https://kubernetes.io/docs/concepts/security/rbac-good-practices/#listing-secrets")
            .reference("https://kubernetes.io/docs/concepts/security/secrets-good-practices/")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(KubernetesManifests manifests, RuleContext context) {
        RbacPolicyRule.forEach(manifests, (role, rule) -> {
            if (rule.hasResourceNames() || !rule.coversGroup("") || !rule.coversResource(Set.of("secrets"))) return;
            boolean cluster = role.kind().equals("ClusterRole");
            rule.verb(READ).ifPresent(verb -> report(context, role, verb.span(), role.display() + " can read every Secret"
                    + (cluster ? " of every namespace it is bound in" : " of its namespace")
                    + "; mount the needed Secrets or limit the rule with resourceNames")
                    .property("scope", cluster ? "cluster" : "namespace")
                    .severity(cluster ? Severity.HIGH : META.severity()));
        });
    }
}
