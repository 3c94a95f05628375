package dev.opsmith.rules.kubernetes;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.kubernetes.KubernetesManifests;
import dev.opsmith.rules.RuleContext;

/** A pod on the node's network namespace escapes network policies and can reach everything the node can. */
public final class HostNetwork extends KubernetesRule {
    static final RuleMeta META = RuleMeta.builder("K8S040", "Pod uses the host network")
            .severity(Severity.HIGH).category(Category.SECURITY).format(Format.KUBERNETES)
            .description("Reports a pod spec (Pod, or the pod template of a Deployment, StatefulSet, DaemonSet, ReplicaSet, "
                    + "ReplicationController, Job or CronJob) with `hostNetwork: true`. `false` and an absent field are "
                    + "accepted. This is the Host Namespaces control of the Pod Security Standards baseline profile.")
            .rationale("A pod on the host network sees every interface of the node: it can listen on node ports, reach "
                    + "services bound to localhost (the kubelet read-only port, metadata endpoints) and sniff traffic, "
                    + "and NetworkPolicies no longer apply to it. On a regulated platform that breaks the network "
                    + "segmentation auditors rely on between workloads and the node.")
            .remediation("Remove `hostNetwork` (or set it to `false`) and expose the workload through a Service; if the "
                    + "pod must be reachable on a node port, use a `NodePort` or `LoadBalancer` Service instead.")
            .reference("https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline")
            .reference("https://kubernetes.io/docs/concepts/services-networking/network-policies/")
            .equivalent("kube-linter", "host-network").equivalent("polaris", "hostNetworkSet")
            .equivalent("checkov", "CKV_K8S_19").equivalent("trivy", "KSV009")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(KubernetesManifests manifests, RuleContext context) {
        HostNamespaces.check(manifests, context, "hostNetwork",
                "its pods share the node's network stack and escape NetworkPolicies; remove it and use a Service");
    }
}
