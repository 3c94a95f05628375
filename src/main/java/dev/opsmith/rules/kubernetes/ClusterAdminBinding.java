package dev.opsmith.rules.kubernetes;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.kubernetes.KubernetesManifests;
import dev.opsmith.format.kubernetes.KubernetesObject;
import dev.opsmith.format.yaml.YamlNode;
import dev.opsmith.rules.RuleContext;

import java.util.List;

/** Bindings to the {@code cluster-admin} ClusterRole: unrestricted control of the cluster. */
public final class ClusterAdminBinding extends KubernetesRule {
    static final RuleMeta META = RuleMeta.builder("K8S115", "Binding grants cluster-admin")
            .severity(Severity.HIGH).category(Category.SECURITY).format(Format.KUBERNETES)
            .description("Flags RoleBindings and ClusterRoleBindings whose `roleRef` is the ClusterRole "
                    + "`cluster-admin`. A binding whose subjects are only the group `system:masters` is left alone (it "
                    + "restates what that group already has).")
            .rationale("`cluster-admin` allows every verb on every resource; through a ClusterRoleBinding that "
                    + "covers all namespaces, and even through a RoleBinding it gives full control of one namespace "
                    + "including its Secrets and RBAC. Whoever holds the token of a bound account owns the workloads "
                    + "and data of the cluster, which no application identity on a payments platform should.")
            .remediation("Bind a role with the verbs and resources the subject needs (write a Role or ClusterRole "
                    + "for it, or use the built-in `view`/`edit`/`admin` roles scoped with a RoleBinding). Keep "
                    + "break-glass administrator access outside application manifests.")
            .reference("https://kubernetes.io/docs/reference/access-authn-authz/rbac/#user-facing-roles")
            .reference("https://kubernetes.io/docs/concepts/security/rbac-good-practices/")
            .equivalent("kube-linter", "cluster-admin-role-binding")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(KubernetesManifests manifests, RuleContext context) {
        for (KubernetesObject o : manifests.objects()) {
            if (!RbacSubjects.isBinding(o)) continue;
            YamlNode roleRef = o.root().get("roleRef");
            YamlNode name = roleRef.get("name");
            if (!roleRef.get("kind").text().orElse("").equals("ClusterRole")
                    || !name.text().orElse("").equals("cluster-admin")) {
                continue;
            }
            List<YamlNode> subjects = o.root().get("subjects").items();
            boolean onlyMasters = !subjects.isEmpty() && subjects.stream().allMatch(s ->
                    RbacSubjects.kind(s).equals("Group") && RbacSubjects.name(s).equals("system:masters"));
            if (onlyMasters) continue;
            report(context, o, name.span(), o.display() + " grants cluster-admin; bind a role limited to what the "
                    + "subjects need");
        }
    }
}
