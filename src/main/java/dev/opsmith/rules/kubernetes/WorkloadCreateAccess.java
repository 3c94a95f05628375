package dev.opsmith.rules.kubernetes;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.kubernetes.KubernetesManifests;
import dev.opsmith.rules.RuleContext;

import java.util.Set;

/** Roles that can create or change pods, directly or through a controller. */
public final class WorkloadCreateAccess extends KubernetesRule {
    private static final Set<String> WORKLOADS = Set.of("pods", "deployments", "daemonsets", "statefulsets",
            "replicasets", "replicationcontrollers", "jobs", "cronjobs");
    private static final Set<String> VERBS = Set.of("create", "update", "patch", "*");

    static final RuleMeta META = RuleMeta.builder("K8S121", "Role can create or change pods and pod controllers")
            .severity(Severity.MEDIUM).category(Category.SECURITY).format(Format.KUBERNETES).optIn()
            .description("Flags the first `create`, `update`, `patch` or `*` verb of a Role or ClusterRole rule covering "
                    + "pods, deployments, daemonsets, statefulsets, replicasets, replicationcontrollers, jobs, cronjobs "
                    + "or `*`. Opt-in: deployment tooling and operators legitimately hold these rights.")
            .rationale("Whoever can create a pod in a namespace can mount any Secret and run as any ServiceAccount of "
                    + "that namespace, so this right is worth at least the sum of the namespace's credentials. "
                    + "Application workloads rarely need it; where they have it, a compromise spreads to every "
                    + "account and Secret beside them.")
            .remediation("Keep workload-changing rights with the deployment pipeline's identity, not with running "
                    + "applications; where a controller needs them, limit it to its own namespace and the kinds it "
                    + "manages.")
            .reference("https://kubernetes.io/docs/concepts/security/rbac-good-practices/#workload-creation")
            .equivalent("kube-linter", "access-to-create-pods")
            .equivalent("trivy", "KSV048")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(KubernetesManifests manifests, RuleContext context) {
        RbacPolicyRule.forEach(manifests, (role, rule) -> {
            if (!rule.coversResource(WORKLOADS)) return;
            rule.verb(VERBS).ifPresent(verb -> report(context, role, verb.span(), role.display()
                    + " can " + RbacPolicyRule.text(verb) + " pods or pod controllers, and so use any Secret or "
                    + "ServiceAccount of the namespace"));
        });
    }
}
