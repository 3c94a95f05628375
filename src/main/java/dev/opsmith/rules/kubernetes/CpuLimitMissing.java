package dev.opsmith.rules.kubernetes;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.kubernetes.KubernetesManifests;
import dev.opsmith.rules.RuleContext;

/** For teams that cap CPU per container (noisy-neighbour or cost policy); off by default because limits throttle. */
public final class CpuLimitMissing extends KubernetesRule {
    static final RuleMeta META = RuleMeta.builder("K8S073", "Container has no CPU limit")
            .severity(Severity.LOW).category(Category.RELIABILITY).format(Format.KUBERNETES).optIn()
            .description("Reports a regular or init container of a pod-bearing object without `resources.limits.cpu`. "
                    + "Ephemeral (debug) containers are not checked. Opt-in: a CPU limit is a policy choice, not a "
                    + "defect.")
            .rationale("A container without a CPU limit may use every idle core on its node, which some platforms "
                    + "forbid so that one tenant cannot starve another beyond its requests, or so that usage stays "
                    + "predictable for cost allocation. The price of a limit is CFS throttling, which adds tail "
                    + "latency even when the node is idle; that is why the rule is off by default and CPU requests "
                    + "(K8S070) are the usual safeguard.")
            .remediation("Where your platform requires it, set `resources.limits.cpu` (for example `1`) well above the "
                    + "request, and watch the container's throttling metrics; for a Guaranteed pod set it equal to "
                    + "the request.")
            .reference("https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/")
            .reference("https://kubernetes.io/docs/tasks/configure-pod-container/assign-cpu-resource/")
            .equivalent("polaris", "cpuLimitsMissing")
            .equivalent("checkov", "CKV_K8S_11")
            .equivalent("trivy", "KSV011")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(KubernetesManifests manifests, RuleContext context) {
        ContainerResources.reportMissing(manifests, context,
                c -> ContainerResources.isSet(ContainerResources.limit(c, "cpu")),
                "CPU limit; set resources.limits.cpu if your platform caps CPU per container");
    }
}
