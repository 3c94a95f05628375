package dev.opsmith.rules.kubernetes;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.kubernetes.KubernetesManifests;
import dev.opsmith.rules.RuleContext;

/** PSS baseline allows adding back only the runtime's default capabilities. */
public final class CapabilityBeyondBaselineAdded extends KubernetesRule {
    static final RuleMeta META = RuleMeta.builder("K8S003", "Container adds a capability outside the PSS baseline set")
            .severity(Severity.HIGH).category(Category.SECURITY).format(Format.KUBERNETES)
            .description("Pod Security Standards control \"Capabilities\" of the baseline profile (so also part of "
                    + "restricted). Reports each `securityContext.capabilities.add` item outside the baseline set "
                    + "AUDIT_WRITE, CHOWN, DAC_OVERRIDE, FOWNER, FSETID, KILL, MKNOD, NET_BIND_SERVICE, SETFCAP, "
                    + "SETGID, SETPCAP, SETUID, SYS_CHROOT, on any container. Names compare case-insensitively, with "
                    + "or without `CAP_`. Capabilities that K8S004 reports as dangerous (ALL, SYS_ADMIN, NET_RAW, …) "
                    + "are left to it, so one item never gives two findings.")
            .rationale("The baseline set is what a container runtime grants by default; anything beyond it (such as "
                    + "SYS_TIME, SYS_NICE, IPC_LOCK, LINUX_IMMUTABLE) lets a process change state shared with the node "
                    + "or other pods. Pod Security Admission rejects such pods at the baseline level, so the "
                    + "manifest fails in any namespace that enforces it.")
            .remediation("Remove the capability from `capabilities.add`. If the workload genuinely needs it, run it "
                    + "in a namespace with an explicit, reviewed exemption rather than weakening the default.")
            .reference("https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline")
            .reference("https://man7.org/linux/man-pages/man7/capabilities.7.html")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(KubernetesManifests manifests, RuleContext context) {
        Capabilities.forEachAdded(manifests, false, (obj, c, item, cap) -> {
            if (cap.isEmpty() || Capabilities.BASELINE_ALLOWED.contains(cap) || Capabilities.DANGEROUS.contains(cap)) {
                return;
            }
            report(context, obj, item.span(), c.display() + " of " + obj.display() + " adds capability "
                    + cap + ", which the Pod Security baseline profile does not allow: remove it")
                    .property("capability", cap);
        });
    }
}
