package dev.opsmith.rules.kubernetes;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.kubernetes.KubernetesManifests;
import dev.opsmith.format.kubernetes.KubernetesObject;
import dev.opsmith.rules.RuleContext;

import java.util.Locale;
import java.util.Map;

/** A LoadBalancer Service without source ranges or an internal annotation gets a public address on most clouds. */
public final class ExternalLoadBalancerService extends KubernetesRule {
    static final RuleMeta META = RuleMeta.builder("K8S141", "Service gets a public load balancer")
            .severity(Severity.MEDIUM).category(Category.SECURITY).format(Format.KUBERNETES).optIn()
            .description("Opt-in. Reports a Service with `spec.type: LoadBalancer` that neither restricts clients with "
                    + "a non-empty `spec.loadBalancerSourceRanges` nor asks for an internal load balancer with one of "
                    + "the cloud annotations: `service.beta.kubernetes.io/aws-load-balancer-internal` (any value but "
                    + "false), `service.beta.kubernetes.io/aws-load-balancer-scheme: internal`, "
                    + "`networking.gke.io/load-balancer-type: Internal` (or the older "
                    + "`cloud.google.com/load-balancer-type`), `service.beta.kubernetes.io/azure-load-balancer-internal: "
                    + "\"true\"` or `service.beta.kubernetes.io/oci-load-balancer-internal: \"true\"`.")
            .rationale("On the major clouds a LoadBalancer Service is internet-facing unless told otherwise, so the "
                    + "workload is published to the whole internet the moment it is applied, without the ingress "
                    + "gateway's TLS, authentication and logging. Financial platforms normally expose services only "
                    + "through a reviewed edge; a direct public address is a change that should be deliberate.")
            .remediation("Add the cloud's internal load balancer annotation, or list the allowed client networks in "
                    + "`spec.loadBalancerSourceRanges`, or publish the service through the ingress controller instead.")
            .reference("https://kubernetes.io/docs/concepts/services-networking/service/#loadbalancer")
            .reference("https://kubernetes.io/docs/concepts/services-networking/service/#internal-load-balancer")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(KubernetesManifests manifests, RuleContext context) {
        for (KubernetesObject o : NetworkNodes.servicesOfType(manifests, "LoadBalancer")) {
            if (!o.spec().get("loadBalancerSourceRanges").items().isEmpty()) continue;
            if (isInternal(o.annotations())) continue;
            report(context, o, o.spec().get("type").span(), o.display() + " asks for a load balancer without source ranges or an "
                    + "internal-load-balancer annotation, so most clouds give it a public address");
        }
    }

    static boolean isInternal(Map<String, String> annotations) {
        String aws = annotations.get("service.beta.kubernetes.io/aws-load-balancer-internal");
        if (aws != null && !aws.equalsIgnoreCase("false")) return true;
        if ("internal".equalsIgnoreCase(annotations.get("service.beta.kubernetes.io/aws-load-balancer-scheme"))) return true;
        if ("internal".equalsIgnoreCase(annotations.get("networking.gke.io/load-balancer-type"))) return true;
        if ("internal".equalsIgnoreCase(annotations.get("cloud.google.com/load-balancer-type"))) return true;
        if ("true".equals(lower(annotations.get("service.beta.kubernetes.io/azure-load-balancer-internal")))) return true;
        return "true".equals(lower(annotations.get("service.beta.kubernetes.io/oci-load-balancer-internal")));
    }

    private static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }
}
