package dev.opsmith.rules.kubernetes;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.kubernetes.KubernetesManifests;
import dev.opsmith.rules.RuleContext;

/** PSS restricted lets a container add back exactly one capability: binding ports below 1024. */
public final class CapabilityBeyondRestrictedAdded extends KubernetesRule {
    static final RuleMeta META = RuleMeta.builder("K8S007", "Container adds a capability other than NET_BIND_SERVICE")
            .severity(Severity.MEDIUM).category(Category.SECURITY).format(Format.KUBERNETES)
            .description("Pod Security Standards control \"Capabilities\" of the restricted profile only (off under "
                    + "`--pss-profile baseline`). Reports each `securityContext.capabilities.add` item other than "
                    + "NET_BIND_SERVICE that the baseline allows (for example CHOWN, SETUID, KILL); items outside the "
                    + "baseline set are already reported by K8S003 or K8S004. Pods with `spec.os.name: windows` are "
                    + "skipped, as PSS does.")
            .rationale("The restricted profile assumes an application needs no Linux privilege at all except, "
                    + "sometimes, a port below 1024. Capabilities such as SETUID, CHOWN or DAC_OVERRIDE are harmless "
                    + "to the node but help an attacker who lands in the container to switch users, take over files "
                    + "or bypass permission checks inside it; they are rarely needed by a modern service image.")
            .remediation("Remove the capability and fix the image instead (own the files it writes by its runtime "
                    + "user, listen on a port above 1024). Keep `drop: [ALL]` with at most `add: [NET_BIND_SERVICE]`.")
            .reference("https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(KubernetesManifests manifests, RuleContext context) {
        Capabilities.forEachAdded(manifests, true, (obj, c, item, cap) -> {
            if (!Capabilities.BASELINE_ALLOWED.contains(cap) || Capabilities.DANGEROUS.contains(cap)
                    || Capabilities.RESTRICTED_ALLOWED.contains(cap)) {
                return;
            }
            report(context, obj, item.span(), c.display() + " of " + obj.display() + " adds capability "
                    + cap + "; the Pod Security restricted profile allows only NET_BIND_SERVICE: remove it")
                    .property("capability", cap);
        });
    }
}
