package dev.opsmith.rules.kubernetes;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.kubernetes.KubernetesManifests;
import dev.opsmith.rules.RuleContext;

/** A container without a memory limit can consume the node's memory until the kernel kills something else. */
public final class MemoryLimitMissing extends KubernetesRule {
    static final RuleMeta META = RuleMeta.builder("K8S072", "Container has no memory limit")
            .severity(Severity.MEDIUM).category(Category.RELIABILITY).format(Format.KUBERNETES)
            .description("Reports a regular or init container of a pod-bearing object without "
                    + "`resources.limits.memory`. Ephemeral (debug) containers are not checked. A LimitRange in the "
                    + "namespace may add a default limit at admission; this rule reads the manifest as written.")
            .rationale("A leak or a burst in one container without a limit grows until the node runs out of memory; "
                    + "the kernel's OOM killer then picks processes across every pod on the node. A limit confines "
                    + "the damage to the container at fault, which matters when a reporting job shares nodes with "
                    + "the payment path.")
            .remediation("Set `resources.limits.memory` (for example `512Mi`) at or above the memory request, with "
                    + "headroom for the container's peak working set.")
            .reference("https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/")
            .reference("https://kubernetes.io/docs/tasks/configure-pod-container/assign-memory-resource/")
            .equivalent("kube-linter", "unset-memory-requirements")
            .equivalent("polaris", "memoryLimitsMissing")
            .equivalent("checkov", "CKV_K8S_13")
            .equivalent("trivy", "KSV018")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(KubernetesManifests manifests, RuleContext context) {
        ContainerResources.reportMissing(manifests, context,
                c -> ContainerResources.isSet(ContainerResources.limit(c, "memory")),
                "memory limit: a leak can exhaust the node and get other pods killed; set resources.limits.memory");
    }
}
