package dev.opsmith.rules.kubernetes;

import dev.opsmith.format.kubernetes.KubernetesManifests;
import dev.opsmith.format.yaml.YamlNode;
import dev.opsmith.rules.RuleContext;

/** The pod-level switches that share a host namespace with the node (K8S040–K8S042). */
final class HostNamespaces {
    private HostNamespaces() {
    }

    /**
     * Reports every workload whose pod spec sets {@code field} ({@code hostNetwork}, {@code hostPID},
     * {@code hostIPC}) to true, on the value: "{@code <object> sets <field>: true: <consequence>}".
     */
    static void check(KubernetesManifests manifests, RuleContext context, String field, String consequence) {
        KubernetesRule.forEachPodSpec(manifests, (obj, spec) -> {
            YamlNode value = spec.node().get(field);
            if (value.bool().orElse(false)) {
                KubernetesRule.report(context, obj, value.span(),
                        obj.display() + " sets " + field + ": true: " + consequence);
            }
        });
    }
}
