package dev.opsmith.rules.kubernetes;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.kubernetes.KubernetesManifests;
import dev.opsmith.rules.RuleContext;

/** Without a memory request a container can be scheduled onto a node that has no memory left for it. */
public final class MemoryRequestMissing extends KubernetesRule {
    static final RuleMeta META = RuleMeta.builder("K8S071", "Container has no memory request")
            .severity(Severity.MEDIUM).category(Category.RELIABILITY).format(Format.KUBERNETES)
            .description("Reports a regular or init container of a pod-bearing object without "
                    + "`resources.requests.memory`. A `limits.memory` alone is accepted, because the API server "
                    + "then sets the request to the limit. Ephemeral (debug) containers are not checked.")
            .rationale("Memory cannot be throttled, only reclaimed by killing. A container that requests no memory is "
                    + "placed without regard for what the node has left and is among the first the kubelet evicts "
                    + "under memory pressure, so a busy node can take down a settlement batch or an API replica "
                    + "that was running correctly.")
            .remediation("Set `resources.requests.memory` to the container's steady-state working set (for example "
                    + "`256Mi`), and a memory limit above it (K8S072).")
            .reference("https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/")
            .reference("https://kubernetes.io/docs/concepts/scheduling-eviction/node-pressure-eviction/")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(KubernetesManifests manifests, RuleContext context) {
        ContainerResources.reportMissing(manifests, context,
                c -> ContainerResources.hasEffectiveRequest(c, "memory"),
                "memory request: it may be placed on a node without room for it and is evicted first; set "
                        + "resources.requests.memory");
    }
}
