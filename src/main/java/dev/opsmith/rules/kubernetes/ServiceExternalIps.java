package dev.opsmith.rules.kubernetes;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.kubernetes.KubernetesManifests;
import dev.opsmith.format.kubernetes.KubernetesObject;
import dev.opsmith.rules.RuleContext;

/** externalIPs let a Service claim any address for the whole cluster (CVE-2020-8554). */
public final class ServiceExternalIps extends KubernetesRule {
    static final RuleMeta META = RuleMeta.builder("K8S142", "Service sets externalIPs")
            .severity(Severity.HIGH).category(Category.SECURITY).format(Format.KUBERNETES)
            .description("Reports a Service whose `spec.externalIPs` lists at least one address. An empty list is not "
                    + "reported.")
            .rationale("kube-proxy routes traffic for every address in `externalIPs` to the Service, on every node, "
                    + "without checking who owns that address. Whoever can create a Service can therefore intercept "
                    + "cluster traffic meant for another IP, such as a database, a payment processor or a DNS "
                    + "server (CVE-2020-8554, which has no fix in Kubernetes itself). Clusters are advised to block "
                    + "the field with an admission policy; manifests should not depend on it.")
            .remediation("Remove `externalIPs`; expose the Service through a LoadBalancer or an Ingress/Gateway, and "
                    + "deny the field cluster-wide with an admission policy (for example the DenyServiceExternalIPs "
                    + "admission plugin).")
            .reference("https://kubernetes.io/docs/concepts/services-networking/service/#external-ips")
            .reference("https://github.com/kubernetes/kubernetes/issues/97076")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(KubernetesManifests manifests, RuleContext context) {
        for (KubernetesObject o : manifests.objects()) {
            if (!o.kind().equals("Service")) continue;
            if (o.spec().get("externalIPs").items().isEmpty()) continue;
            report(context, o, NetworkNodes.keyOf(o.spec(), "externalIPs", o.anchor()), o.display()
                    + " sets externalIPs, which can intercept cluster traffic for any address (CVE-2020-8554); "
                    + "use a LoadBalancer or Ingress instead");
        }
    }
}
