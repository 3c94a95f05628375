package dev.opsmith.rules.kubernetes;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.kubernetes.KubernetesManifests;
import dev.opsmith.rules.RuleContext;

/** PSS restricted requires every container to start from no capabilities at all. */
public final class CapabilitiesNotDroppedAll extends KubernetesRule {
    static final RuleMeta META = RuleMeta.builder("K8S006", "Container does not drop ALL capabilities")
            .severity(Severity.MEDIUM).category(Category.SECURITY).format(Format.KUBERNETES)
            .description("Pod Security Standards control \"Capabilities\" of the restricted profile only (off under "
                    + "`--pss-profile baseline`). Reports a container, init container or ephemeral container whose "
                    + "`securityContext.capabilities.drop` does not contain ALL (any case). Pods with "
                    + "`spec.os.name: windows` are skipped, as PSS does. Points at `capabilities.drop` when it "
                    + "exists, else the nearest of `capabilities` and `securityContext`, else the container's name.")
            .rationale("Without `drop: [ALL]` a container keeps the runtime's default set (CHOWN, DAC_OVERRIDE, "
                    + "SETUID, NET_RAW, …), each a small privilege an intruder can chain. Dropping everything and "
                    + "adding back only what is proven necessary is the least-privilege default that regulators and "
                    + "the restricted Pod Security profile expect.")
            .remediation("Set `securityContext.capabilities.drop: [ALL]` on every container; add back "
                    + "`NET_BIND_SERVICE` only when the process binds a port below 1024.")
            .reference("https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted")
            .equivalent("checkov", "CKV_K8S_37")
            .equivalent("trivy", "KSV003")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(KubernetesManifests manifests, RuleContext context) {
        Capabilities.forEachNotDropping(manifests, "ALL", (obj, c) ->
                report(context, obj, EffectiveSecurityContext.nearest(c, "securityContext", "capabilities", "drop"),
                        c.display() + " of " + obj.display() + " does not drop ALL capabilities: add "
                                + "capabilities.drop: [ALL]"));
    }
}
