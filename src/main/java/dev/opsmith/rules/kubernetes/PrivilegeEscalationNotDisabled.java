package dev.opsmith.rules.kubernetes;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.kubernetes.Container;
import dev.opsmith.format.kubernetes.KubernetesManifests;
import dev.opsmith.format.yaml.YamlNode;
import dev.opsmith.rules.RuleContext;

/** PSS restricted requires no_new_privs on every container; Kubernetes only sets it when asked. */
public final class PrivilegeEscalationNotDisabled extends KubernetesRule {
    static final RuleMeta META = RuleMeta.builder("K8S009", "allowPrivilegeEscalation not set to false")
            .severity(Severity.MEDIUM).category(Category.SECURITY).format(Format.KUBERNETES)
            .description("Pod Security Standards control \"Privilege Escalation\" of the restricted profile only "
                    + "(off under `--pss-profile baseline`). Reports a container, init container or ephemeral "
                    + "container whose `securityContext.allowPrivilegeEscalation` is not `false`: absent, or `true` "
                    + "(which K8S008 also reports). The field exists only per container, so a pod-level setting "
                    + "cannot satisfy it. Pods with `spec.os.name: windows` are skipped, as PSS does. Points at the "
                    + "value, else `securityContext`, else the container's name.")
            .rationale("`allowPrivilegeEscalation: false` sets the kernel's no_new_privs flag, so nothing in the "
                    + "container (a setuid binary, a file capability) can gain privileges it did not start with. "
                    + "The default is to allow it, so a manifest that says nothing leaves the door open; the "
                    + "restricted Pod Security profile rejects such pods.")
            .remediation("Add `allowPrivilegeEscalation: false` to every container's `securityContext`, init and "
                    + "sidecar containers included.")
            .reference("https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted")
            .reference("https://www.kernel.org/doc/html/latest/userspace-api/no_new_privs.html")
            .equivalent("polaris", "privilegeEscalationAllowed")
            .equivalent("checkov", "CKV_K8S_20")
            .equivalent("trivy", "KSV001")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(KubernetesManifests manifests, RuleContext context) {
        forEachPodSpec(manifests, (obj, pod) -> {
            if (EffectiveSecurityContext.isWindows(pod)) return;
            for (Container c : pod.allContainers()) {
                YamlNode value = c.securityContext().get("allowPrivilegeEscalation");
                if (EffectiveSecurityContext.isTemplated(value)) continue;
                if (value.bool().map(b -> !b).orElse(false)) continue;
                var where = EffectiveSecurityContext.isSet(value) ? value.span()
                        : EffectiveSecurityContext.nearest(c, "securityContext");
                report(context, obj, where, c.display() + " of " + obj.display()
                        + " does not disable privilege escalation: set allowPrivilegeEscalation: false");
            }
        });
    }
}
