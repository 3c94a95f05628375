package dev.opsmith.rules.kubernetes;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.kubernetes.Container;
import dev.opsmith.format.kubernetes.KubernetesManifests;
import dev.opsmith.format.yaml.YamlEntry;
import dev.opsmith.format.yaml.YamlNode;
import dev.opsmith.rules.RuleContext;

import java.math.BigDecimal;
import java.util.Optional;

/** The API server rejects a container that requests more of a resource than its limit allows. */
public final class RequestExceedsLimit extends KubernetesRule {
    static final RuleMeta META = RuleMeta.builder("K8S076", "Resource request larger than its limit")
            .severity(Severity.HIGH).category(Category.RELIABILITY).format(Format.KUBERNETES)
            .description("Reports a request of a regular or init container that is larger than the limit of the same "
                    + "resource (cpu, memory, ephemeral-storage, hugepages, extended resources such as "
                    + "`nvidia.com/gpu`), comparing parsed quantities: `1500m` is larger than `1`, `2Gi` larger than "
                    + "`2G`. Values that are not valid quantities or still hold template placeholders are not judged.")
            .rationale("Pod validation requires every request to be at most its limit, so the object is refused at "
                    + "apply time; for a Deployment the rollout stalls because the ReplicaSet cannot create pods. Units "
                    + "are the usual cause (`512M` against `500Mi`, `1000m` against `0.5`), and catching it before the "
                    + "change window saves a failed release.")
            .remediation("Lower the request or raise the limit so that the request is not larger; check the units "
                    + "(`Mi` is 2^20 bytes, `M` is 10^6, `m` is a thousandth of a CPU).")
            .reference("https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/")
            .reference("https://kubernetes.io/docs/reference/kubernetes-api/common-definitions/quantity/")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(KubernetesManifests manifests, RuleContext context) {
        forEachPodSpec(manifests, (object, spec) -> {
            for (Container c : ContainerResources.judged(spec)) {
                for (YamlEntry requested : ContainerResources.entries(c, "requests")) {
                    String resource = requested.key().value();
                    YamlNode limit = ContainerResources.limit(c, resource);
                    Optional<BigDecimal> r = ContainerResources.quantity(requested.value());
                    Optional<BigDecimal> l = ContainerResources.quantity(limit);
                    if (r.isEmpty() || l.isEmpty() || r.get().compareTo(l.get()) <= 0) continue;
                    report(context, object, requested.value().span(), c.display() + " of " + object.display()
                            + " requests " + resource + " " + requested.value().text().get() + ", more than its limit "
                            + limit.text().get() + ": the API server rejects the pod; lower the request or raise the limit")
                            .property("container", c.name().orElse("")).property("resource", resource);
                }
            }
        });
    }
}
