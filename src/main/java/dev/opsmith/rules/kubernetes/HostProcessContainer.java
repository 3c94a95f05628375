package dev.opsmith.rules.kubernetes;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.kubernetes.Container;
import dev.opsmith.format.kubernetes.KubernetesManifests;
import dev.opsmith.format.yaml.YamlNode;
import dev.opsmith.rules.RuleContext;

/** A HostProcess container is a process on the Windows node, with no container boundary at all. */
public final class HostProcessContainer extends KubernetesRule {
    static final RuleMeta META = RuleMeta.builder("K8S001", "Windows HostProcess container enabled")
            .severity(Severity.CRITICAL).category(Category.SECURITY).format(Format.KUBERNETES)
            .description("Pod Security Standards control \"HostProcess\" of the baseline profile (so also part of "
                    + "restricted). Reports `securityContext.windowsOptions.hostProcess: true`, whether set for the whole "
                    + "pod or on one container, init container or ephemeral container. `false` and an absent field "
                    + "are fine.")
            .rationale("A HostProcess container runs directly on the Windows node with the node's network, "
                    + "filesystem and, usually, a SYSTEM-level account: it is node administration, not a workload. "
                    + "On a shared platform that hosts payment or ledger services, one such pod can read every other "
                    + "tenant's secrets and tamper with the node; Pod Security Admission rejects it at every level "
                    + "except privileged.")
            .remediation("Remove `windowsOptions.hostProcess` (or set it to `false`). Node agents that truly need "
                    + "host access belong in a dedicated, separately governed namespace labelled for the privileged "
                    + "Pod Security level.")
            .reference("https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline")
            .reference("https://kubernetes.io/docs/tasks/configure-pod-container/create-hostprocess-pod/")
            .equivalent("polaris", "hostProcess")
            .equivalent("trivy", "KSV103")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(KubernetesManifests manifests, RuleContext context) {
        forEachPodSpec(manifests, (obj, pod) -> {
            YamlNode podLevel = pod.securityContext().path("windowsOptions", "hostProcess");
            if (EffectiveSecurityContext.isTrue(podLevel)) {
                report(context, obj, podLevel.span(), obj.display() + " runs every container as a Windows "
                        + "HostProcess (node-level) process: remove windowsOptions.hostProcess");
            }
            for (Container c : pod.allContainers()) {
                YamlNode own = c.securityContext().path("windowsOptions", "hostProcess");
                if (EffectiveSecurityContext.isTrue(own)) {
                    report(context, obj, own.span(), c.display() + " of " + obj.display() + " runs as a Windows "
                            + "HostProcess (node-level) process: remove windowsOptions.hostProcess");
                }
            }
        });
    }
}
