package dev.opsmith.rules.kubernetes;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.kubernetes.KubernetesManifests;
import dev.opsmith.format.yaml.YamlNode;
import dev.opsmith.rules.RuleContext;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Roles that can change resources whose modification hides an attack or hijacks traffic or identity. */
public final class SensitiveResourceWriteAccess extends KubernetesRule {
    /** Resources a user may add to the table with the setting {@code extra-resources}. */
    static final Set<String> OPT_IN = Set.of("configmaps", "services", "endpoints", "endpointslices",
            "networkpolicies", "ingresses");

    static final RuleMeta META = RuleMeta.builder("K8S126", "Role can modify security-sensitive resources")
            .severity(Severity.HIGH).category(Category.SECURITY).format(Format.KUBERNETES)
            .description("Flags the first matching verb of a Role or ClusterRole rule that can: write (`create`, "
                    + "`update`, `patch`, `delete`, `deletecollection`, `*`) `configmaps` named `aws-auth`, or any "
                    + "ConfigMap from a Role in `kube-system`; `update` or `patch` `services/status`; `delete` or "
                    + "`deletecollection` `pods/log`; `deletecollection` `secrets`, `pods` or `namespaces`. The setting "
                    + "`extra-resources` adds write access to any of `configmaps`, `services`, `endpoints`, "
                    + "`endpointslices`, `networkpolicies`, `ingresses` (for example "
                    + "`rules.settings.K8S126.extra-resources: [networkpolicies]`).")
            .rationale("Each entry is a known abuse: `aws-auth` and kube-system ConfigMaps map cloud identities to "
                    + "cluster groups; `services/status` lets a tenant claim any external IP and intercept traffic "
                    + "(CVE-2020-8554); deleting `pods/log` erases evidence that incident response and financial "
                    + "regulators require; `deletecollection` wipes every Secret, pod or namespace in one call.")
            .remediation("Drop the verb from the role, or limit the rule with `resourceNames` to the objects the "
                    + "workload owns. Leave cluster-identity ConfigMaps to the platform's infrastructure pipeline.")
            .reference("https://kubernetes.io/docs/concepts/security/rbac-good-practices/")
            .reference("https://github.com/kubernetes/kubernetes/issues/97076")
            .reference("https://docs.aws.amazon.com/eks/latest/userguide/auth-configmap.html")
            .equivalent("trivy", "KSV042", "KSV115")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(KubernetesManifests manifests, RuleContext context) {
        List<String> extra = context.setting("extra-resources").stream().filter(OPT_IN::contains).toList();
        RbacPolicyRule.forEach(manifests, (role, rule) -> {
            for (YamlNode resource : rule.resources()) {
                String name = RbacPolicyRule.text(resource);
                Optional<String> why = Optional.empty();
                Optional<YamlNode> verb = Optional.empty();
                if (name.equals("configmaps") && (rule.resourceNames().contains("aws-auth")
                        || !rule.hasResourceNames() && role.kind().equals("Role")
                        && role.namespace().orElse("").equals("kube-system"))) {
                    verb = rule.verb(RbacPolicyRule.WRITE_VERBS);
                    why = Optional.of("ConfigMaps that map cloud identities to cluster groups");
                } else if (name.equals("services/status")) {
                    verb = rule.verb(Set.of("update", "patch", "*"));
                    why = Optional.of("services/status, which lets it claim external IPs (CVE-2020-8554)");
                } else if (name.equals("pods/log")) {
                    verb = rule.verb(Set.of("delete", "deletecollection", "*"));
                    why = Optional.of("pods/log, erasing the evidence of what ran");
                } else if (Set.of("secrets", "pods", "namespaces").contains(name)) {
                    verb = rule.verb(Set.of("deletecollection", "*"));
                    why = Optional.of(name + " in bulk (deletecollection)");
                }
                if (verb.isEmpty() && extra.contains(name)) {
                    verb = rule.verb(RbacPolicyRule.WRITE_VERBS);
                    why = Optional.of(name + ", listed in extra-resources");
                }
                if (verb.isPresent()) {
                    report(context, role, verb.get().span(), role.display() + " can " + RbacPolicyRule.text(verb.get())
                            + " " + why.orElseThrow() + "; drop the verb or limit it with resourceNames");
                    return; // one finding per rule: its verbs are shared by all its resources
                }
            }
        });
    }
}
