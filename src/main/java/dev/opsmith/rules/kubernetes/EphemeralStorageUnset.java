package dev.opsmith.rules.kubernetes;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.kubernetes.Container;
import dev.opsmith.format.kubernetes.KubernetesManifests;
import dev.opsmith.rules.RuleContext;

/** Scratch space, logs and writable layers share the node's disk; without a limit one container can fill it. */
public final class EphemeralStorageUnset extends KubernetesRule {
    static final RuleMeta META = RuleMeta.builder("K8S074", "Container sets no ephemeral-storage request or limit")
            .severity(Severity.LOW).category(Category.RELIABILITY).format(Format.KUBERNETES).optIn()
            .description("Reports a regular or init container of a pod-bearing object that lacks "
                    + "`resources.limits.ephemeral-storage`, or lacks both the request and the limit. A limit alone "
                    + "is accepted: the API server sets the request to the limit. Ephemeral (debug) containers are "
                    + "not checked.")
            .rationale("Container logs, the writable image layer and `emptyDir` volumes all consume the node's local "
                    + "disk. Without a request the scheduler ignores that usage, and without a limit a runaway log or "
                    + "temp file grows until the node reports disk pressure and the kubelet evicts pods, often not "
                    + "the one at fault. Explicit figures keep disk usage of each workload predictable and auditable.")
            .remediation("Set `resources.limits.ephemeral-storage` (for example `1Gi`), and a request when the "
                    + "container normally needs less than the limit.")
            .reference("https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/#local-ephemeral-storage")
            .build();

    private static final String STORAGE = "ephemeral-storage";

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(KubernetesManifests manifests, RuleContext context) {
        forEachPodSpec(manifests, (object, spec) -> {
            for (Container c : ContainerResources.judged(spec)) {
                if (ContainerResources.isSet(ContainerResources.limit(c, STORAGE))) continue;
                boolean requested = ContainerResources.isSet(ContainerResources.request(c, STORAGE));
                String what = requested ? " requests ephemeral-storage but sets no limit"
                        : " sets no ephemeral-storage request or limit";
                report(context, object, ContainerResources.anchor(c), c.display() + " of " + object.display() + what
                        + ": logs and scratch files can fill the node's disk; set resources.limits.ephemeral-storage")
                        .property("container", c.name().orElse(""));
            }
        });
    }
}
