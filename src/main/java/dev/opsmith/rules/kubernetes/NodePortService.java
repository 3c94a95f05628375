package dev.opsmith.rules.kubernetes;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.kubernetes.KubernetesManifests;
import dev.opsmith.format.kubernetes.KubernetesObject;
import dev.opsmith.rules.RuleContext;

/** A NodePort opens the same port on every node, next to the ingress path the platform controls. */
public final class NodePortService extends KubernetesRule {
    static final RuleMeta META = RuleMeta.builder("K8S140", "Service exposed on every node through NodePort")
            .severity(Severity.LOW).category(Category.SECURITY).format(Format.KUBERNETES)
            .description("Reports a Service with `spec.type: NodePort`. ClusterIP Services (the default), "
                    + "LoadBalancer Services and headless Services are not reported.")
            .rationale("A NodePort Service listens on a high port of every node in the cluster, whatever node the "
                    + "pods run on. That port bypasses the ingress controller, its TLS termination, WAF and access "
                    + "logs, and it is reachable by anything that can reach a node address. On a regulated platform "
                    + "every entry point into a cardholder or ledger system should pass through a controlled, "
                    + "audited gateway rather than a side door on each node.")
            .remediation("Use `type: ClusterIP` and publish the service through an Ingress or Gateway with TLS; use an "
                    + "internal LoadBalancer when something outside the cluster must reach it directly.")
            .reference("https://kubernetes.io/docs/concepts/services-networking/service/#type-nodeport")
            .equivalent("kube-score", "service-type")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(KubernetesManifests manifests, RuleContext context) {
        for (KubernetesObject o : NetworkNodes.servicesOfType(manifests, "NodePort")) {
            report(context, o, o.spec().get("type").span(), o.display() + " is type NodePort and opens a port on every node; use "
                    + "ClusterIP behind an Ingress or Gateway");
        }
    }
}
