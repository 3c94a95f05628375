package dev.opsmith.rules.kubernetes;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.kubernetes.KubernetesManifests;
import dev.opsmith.rules.RuleContext;

/** Sharing the node's IPC namespace exposes its shared memory and message queues to the container. */
public final class HostIpc extends KubernetesRule {
    static final RuleMeta META = RuleMeta.builder("K8S042", "Pod shares the host IPC namespace")
            .severity(Severity.HIGH).category(Category.SECURITY).format(Format.KUBERNETES)
            .description("Reports a pod spec with `hostIPC: true`. `false` and an absent field are accepted. This is the Host "
                    + "Namespaces control of the Pod Security Standards baseline profile.")
            .rationale("The host IPC namespace gives a container the node's shared memory segments, semaphores and message "
                    + "queues. Other processes on the node, including other tenants' workloads, may keep data there "
                    + "that the pod can then read or tamper with.")
            .remediation("Remove `hostIPC` (or set it to `false`). Containers of the same pod already share an IPC namespace; "
                    + "nothing in an application should need the node's.")
            .reference("https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline")
            .equivalent("kube-linter", "host-ipc").equivalent("polaris", "hostIPCSet")
            .equivalent("checkov", "CKV_K8S_18").equivalent("trivy", "KSV008")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(KubernetesManifests manifests, RuleContext context) {
        HostNamespaces.check(manifests, context, "hostIPC",
                "its containers can read and write the node's shared memory and IPC queues; remove it");
    }
}
