package dev.opsmith.rules.kubernetes;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.kubernetes.KubernetesManifests;
import dev.opsmith.rules.RuleContext;

/** A privileged container has every capability and every device of the node: it is root on the node. */
public final class PrivilegedContainer extends KubernetesRule {
    static final RuleMeta META = RuleMeta.builder("K8S002", "Container runs privileged")
            .severity(Severity.CRITICAL).category(Category.SECURITY).format(Format.KUBERNETES)
            .description("Pod Security Standards control \"Privileged Containers\" of the baseline profile (so "
                    + "also part of restricted). Reports `securityContext.privileged: true` on any container, init "
                    + "container or ephemeral container. `false` and an absent field are fine.")
            .rationale("Privileged mode switches off nearly every isolation the runtime provides: all capabilities, "
                    + "all host devices, no seccomp or AppArmor confinement, writable /sys. A compromise of such a "
                    + "container is a compromise of the node and of every workload scheduled on it, which on a "
                    + "regulated platform turns one vulnerable service into a reportable incident for all of them.")
            .remediation("Remove `privileged: true`. If the workload needs one specific power, grant only that "
                    + "capability (reviewed), or move the task to a node-level agent that is managed separately.")
            .reference("https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline")
            .reference("https://kubernetes.io/docs/tasks/configure-pod-container/security-context/")
            .equivalent("kube-linter", "privileged-container")
            .equivalent("polaris", "runAsPrivileged")
            .equivalent("checkov", "CKV_K8S_16")
            .equivalent("trivy", "KSV017")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(KubernetesManifests manifests, RuleContext context) {
        EffectiveSecurityContext.reportTrue(manifests, context, "privileged",
                "runs privileged (full access to the node): remove privileged: true");
    }
}
