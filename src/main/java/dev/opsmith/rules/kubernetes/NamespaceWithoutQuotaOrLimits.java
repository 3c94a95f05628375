package dev.opsmith.rules.kubernetes;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.kubernetes.KubernetesManifests;
import dev.opsmith.format.kubernetes.KubernetesObject;
import dev.opsmith.rules.RuleContext;

import java.util.ArrayList;
import java.util.List;

/** A namespace without quota and default limits lets one tenant starve the others. */
public final class NamespaceWithoutQuotaOrLimits extends KubernetesRule {
    static final RuleMeta META = RuleMeta.builder("K8S164", "Namespace defined without ResourceQuota or LimitRange")
            .severity(Severity.LOW).category(Category.RELIABILITY).format(Format.KUBERNETES).optIn()
            .description("Opt-in. Reports a Namespace defined in a bundle (the same folder) that does not also define "
                    + "a ResourceQuota and a LimitRange with `metadata.namespace` set to that namespace. The message "
                    + "names what is missing.")
            .rationale("Without a ResourceQuota a single tenant or a runaway deployment can claim all the cluster's "
                    + "CPU, memory or load balancers; without a LimitRange, containers that forget their requests "
                    + "get none and are the first to be evicted. Shipping both with the namespace keeps a shared "
                    + "platform's capacity commitments to each tenant enforceable.")
            .remediation("Ship a ResourceQuota (CPU, memory, object counts) and a LimitRange (default requests and "
                    + "limits) in the same folder as the Namespace, with `metadata.namespace` set to it.")
            .reference("https://kubernetes.io/docs/concepts/policy/resource-quotas/")
            .reference("https://kubernetes.io/docs/concepts/policy/limit-range/")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(KubernetesManifests manifests, RuleContext context) {
        CrossObjectBundle bundle = CrossObjectBundle.of(context);
        for (KubernetesObject o : manifests.objects()) {
            if (!o.kind().equals("Namespace")) continue;
            String name = o.name().orElse("");
            if (name.isEmpty() || SelectorExpression.isTemplated(name)) continue;
            List<String> missing = new ArrayList<>();
            for (String kind : List.of("ResourceQuota", "LimitRange")) {
                if (bundle.ofKind(kind).stream().noneMatch(q -> q.namespace().equals(name))) missing.add(kind);
            }
            if (missing.isEmpty()) continue;
            report(context, o, NetworkNodes.name(o), "Namespace " + name + " has no " + String.join(" and no ", missing)
                    + " in this folder; ship them with the namespace");
        }
    }
}
