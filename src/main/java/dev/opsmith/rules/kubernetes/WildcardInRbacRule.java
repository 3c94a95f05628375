package dev.opsmith.rules.kubernetes;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.kubernetes.KubernetesManifests;
import dev.opsmith.format.yaml.YamlNode;
import dev.opsmith.rules.RuleContext;

/** {@code *} in a Role's verbs or resources: rights that grow with every new verb or resource type. */
public final class WildcardInRbacRule extends KubernetesRule {
    static final RuleMeta META = RuleMeta.builder("K8S116", "RBAC rule uses a wildcard")
            .severity(Severity.MEDIUM).category(Category.SECURITY).format(Format.KUBERNETES)
            .description("Flags every `*` item in the `verbs` or `resources` of a Role or ClusterRole rule. A `*` in "
                    + "`apiGroups` alone, with explicit resources and verbs, is not flagged. A rule with `*` in both "
                    + "also raises K8S117.")
            .rationale("A wildcard grants today's verbs and resources and every one added later, including custom "
                    + "resources installed by operators (which may hold credentials) and subresources such as "
                    + "`pods/exec`. Nobody reviewing the role can tell what it really allows, which defeats the access "
                    + "reviews a regulated platform must pass.")
            .remediation("List the verbs (`get`, `list`, `watch`, …) and resources the workload uses. `kubectl auth "
                    + "can-i --list --as=system:serviceaccount:<ns>:<name>` or the API audit log shows what it calls.")
            .reference("https://kubernetes.io/docs/concepts/security/rbac-good-practices/#minimize-wildcard-use")
            .reference("https://kubernetes.io/docs/reference/access-authn-authz/rbac/#referring-to-resources")
            .equivalent("kube-linter", "wildcard-in-rules")
            .equivalent("checkov", "CKV_K8S_49")
            .equivalent("trivy", "KSV045", "KSV046", "KSV112")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(KubernetesManifests manifests, RuleContext context) {
        RbacPolicyRule.forEach(manifests, (role, rule) -> {
            for (YamlNode verb : rule.verbs()) {
                if (RbacPolicyRule.text(verb).equals("*")) {
                    report(context, role, verb.span(), role.display() + " grants every verb (*); list the verbs needed");
                }
            }
            for (YamlNode resource : rule.resources()) {
                if (RbacPolicyRule.text(resource).equals("*")) {
                    report(context, role, resource.span(), role.display() + " grants every resource (*); list the "
                            + "resources needed");
                }
            }
        });
    }
}
