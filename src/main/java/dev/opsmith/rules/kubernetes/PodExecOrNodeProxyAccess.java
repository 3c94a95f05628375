package dev.opsmith.rules.kubernetes;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.kubernetes.KubernetesManifests;
import dev.opsmith.format.yaml.YamlNode;
import dev.opsmith.rules.RuleContext;

import java.util.Set;

/** Roles that can run commands in pods or talk to kubelets directly. */
public final class PodExecOrNodeProxyAccess extends KubernetesRule {
    private static final Set<String> RESOURCES = Set.of("pods/exec", "pods/attach", "nodes/proxy");
    private static final Set<String> VERBS = Set.of("create", "get", "*");

    static final RuleMeta META = RuleMeta.builder("K8S119", "Role can exec/attach into pods or proxy to kubelets")
            .severity(Severity.HIGH).category(Category.SECURITY).format(Format.KUBERNETES)
            .description("Flags each `pods/exec`, `pods/attach` or `nodes/proxy` resource of a Role or ClusterRole rule "
                    + "whose verbs include `create`, `get` or `*` (exec and attach open with either, depending on the "
                    + "client's protocol).")
            .rationale("Exec and attach run commands inside any pod the role covers, with that pod's identity, mounted "
                    + "Secrets and network access: a path around every other control. `nodes/proxy` reaches the "
                    + "kubelet API, which can exec into every pod of the node and bypasses admission and most audit "
                    + "logging. On a regulated platform interactive access to production pods belongs to a brokered, "
                    + "recorded break-glass process, not to an application role.")
            .remediation("Remove these resources from application roles. Give humans time-limited access through a "
                    + "dedicated, audited role; use `kubectl debug` with ephemeral containers under the same controls.")
            .reference("https://kubernetes.io/docs/concepts/security/rbac-good-practices/#privilege-escalation-risks")
            .reference("https://kubernetes.io/docs/reference/access-authn-authz/kubelet-authn-authz/")
            .equivalent("polaris", "rolePodExecAttach", "clusterrolePodExecAttach")
            .equivalent("checkov", "CKV2_K8S_2")
            .equivalent("trivy", "KSV047", "KSV053", "KSV054")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(KubernetesManifests manifests, RuleContext context) {
        RbacPolicyRule.forEach(manifests, (role, rule) -> {
            if (!rule.coversGroup("") || rule.verb(VERBS).isEmpty()) return;
            for (YamlNode resource : rule.resources()) {
                String name = RbacPolicyRule.text(resource);
                if (!RESOURCES.contains(name)) continue;
                report(context, role, resource.span(), role.display() + " grants " + name
                        + (name.equals("nodes/proxy") ? ", direct access to the kubelet API" : ", shell access to pods")
                        + "; remove it from the role");
            }
        });
    }
}
