package dev.opsmith.rules.kubernetes;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.kubernetes.KubernetesManifests;
import dev.opsmith.rules.RuleContext;

/** Asking for privilege escalation in writing is a stronger signal than merely forgetting to forbid it. */
public final class PrivilegeEscalationExplicitlyAllowed extends KubernetesRule {
    static final RuleMeta META = RuleMeta.builder("K8S008", "allowPrivilegeEscalation set to true")
            .severity(Severity.HIGH).category(Category.SECURITY).format(Format.KUBERNETES)
            .description("Reports `securityContext.allowPrivilegeEscalation: true` on any container, init container "
                    + "or ephemeral container. `false` is fine; an absent field is K8S009's concern.")
            .rationale("With privilege escalation allowed, setuid binaries and file capabilities inside the image can "
                    + "raise a process above the user it started as, up to root in the container. Writing `true` "
                    + "explicitly opts a workload out of the platform's hardening and should be an approved "
                    + "exception, never a copy-pasted default.")
            .remediation("Set `allowPrivilegeEscalation: false`. If a tool in the image relies on setuid, replace it "
                    + "or grant the one capability it needs.")
            .reference("https://kubernetes.io/docs/tasks/configure-pod-container/security-context/")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(KubernetesManifests manifests, RuleContext context) {
        EffectiveSecurityContext.reportTrue(manifests, context, "allowPrivilegeEscalation",
                "explicitly allows privilege escalation: set allowPrivilegeEscalation: false");
    }
}
