package dev.opsmith.rules.kubernetes;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.kubernetes.KubernetesManifests;
import dev.opsmith.rules.RuleContext;

/** Sharing the node's PID namespace lets a container see and signal every process on the node. */
public final class HostPid extends KubernetesRule {
    static final RuleMeta META = RuleMeta.builder("K8S041", "Pod shares the host PID namespace")
            .severity(Severity.HIGH).category(Category.SECURITY).format(Format.KUBERNETES)
            .description("Reports a pod spec with `hostPID: true`. `false` and an absent field are accepted. This is the Host "
                    + "Namespaces control of the Pod Security Standards baseline profile.")
            .rationale("With the host PID namespace a container sees every process of the node, including their command "
                    + "lines and environments (where credentials often sit), and with enough privileges can signal or "
                    + "ptrace them. It is a short step from there to the node itself and to every tenant on it.")
            .remediation("Remove `hostPID` (or set it to `false`). Debugging or monitoring agents that need node-wide process "
                    + "visibility belong in a reviewed, dedicated namespace, not in application workloads.")
            .reference("https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline")
            .equivalent("kube-linter", "host-pid").equivalent("polaris", "hostPIDSet")
            .equivalent("checkov", "CKV_K8S_17").equivalent("trivy", "KSV010")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(KubernetesManifests manifests, RuleContext context) {
        HostNamespaces.check(manifests, context, "hostPID",
                "its containers see and can signal every process on the node; remove it");
    }
}
