package dev.opsmith.rules.kubernetes;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.kubernetes.Container;
import dev.opsmith.format.kubernetes.KubernetesManifests;
import dev.opsmith.format.yaml.YamlNode;
import dev.opsmith.rules.RuleContext;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** For workloads that must run in the Guaranteed QoS class: every request equal to its limit. */
public final class RequestsNotEqualLimits extends KubernetesRule {
    static final RuleMeta META = RuleMeta.builder("K8S075", "Requests differ from limits (no Guaranteed QoS)")
            .severity(Severity.INFO).category(Category.RELIABILITY).format(Format.KUBERNETES).optIn()
            .description("Reports, for each checked resource (setting `resources`, default `cpu, memory, "
                    + "ephemeral-storage`), a regular or init container whose request and limit are both set and "
                    + "differ after quantity parsing (`1` equals `1000m`, `1Gi` equals `1024Mi`), or whose request has "
                    + "no limit. A limit without a request is accepted: the API server sets the request to the limit. "
                    + "Resources with neither are left to K8S070-K8S074.")
            .rationale("Only a pod whose every container has CPU and memory requests equal to their limits gets the "
                    + "Guaranteed QoS class: it is the last to be evicted under node pressure, and with the static "
                    + "CPU manager it can be given exclusive cores. Latency-critical services such as card "
                    + "authorisation often require it, and a request that silently differs from its limit drops the "
                    + "whole pod to Burstable.")
            .remediation("Set each request equal to its limit (or set only the limit and let the API copy it), "
                    + "sized for the container's peak.")
            .reference("https://kubernetes.io/docs/concepts/workloads/pods/pod-qos/")
            .reference("https://kubernetes.io/docs/tasks/configure-pod-container/quality-service-pod/")
            .build();

    private static final List<String> DEFAULT_RESOURCES = List.of("cpu", "memory", "ephemeral-storage");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(KubernetesManifests manifests, RuleContext context) {
        List<String> resources = context.setting("resources").isEmpty() ? DEFAULT_RESOURCES : context.setting("resources");
        forEachPodSpec(manifests, (object, spec) -> {
            for (Container c : ContainerResources.judged(spec)) {
                for (String resource : resources) {
                    YamlNode request = ContainerResources.request(c, resource);
                    if (!ContainerResources.isSet(request)
                            || request.text().map(TemplateValues::isUnrendered).orElse(false)) continue;
                    YamlNode limit = ContainerResources.limit(c, resource);
                    String problem;
                    if (!ContainerResources.isSet(limit)) {
                        problem = " requests " + resource + " " + request.text().orElse("") + " but sets no limit";
                    } else {
                        Optional<BigDecimal> r = ContainerResources.quantity(request);
                        Optional<BigDecimal> l = ContainerResources.quantity(limit);
                        if (r.isEmpty() || l.isEmpty() || r.get().compareTo(l.get()) == 0) continue;
                        problem = " requests " + resource + " " + request.text().get() + " but its limit is "
                                + limit.text().get();
                    }
                    report(context, object, request.span(), c.display() + " of " + object.display() + problem
                            + ": the pod cannot be in the Guaranteed QoS class; set the request equal to the limit")
                            .property("container", c.name().orElse("")).property("resource", resource);
                }
            }
        });
    }
}
