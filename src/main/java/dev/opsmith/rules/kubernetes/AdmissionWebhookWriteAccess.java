package dev.opsmith.rules.kubernetes;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.kubernetes.KubernetesManifests;
import dev.opsmith.rules.RuleContext;

import java.util.Set;

/** Roles that can create, change or remove admission webhooks. */
public final class AdmissionWebhookWriteAccess extends KubernetesRule {
    private static final Set<String> WEBHOOKS = Set.of("validatingwebhookconfigurations",
            "mutatingwebhookconfigurations");

    static final RuleMeta META = RuleMeta.builder("K8S123", "Role can change admission webhooks")
            .severity(Severity.HIGH).category(Category.SECURITY).format(Format.KUBERNETES)
            .description("Flags the first write verb (`create`, `update`, `patch`, `delete`, `deletecollection`) or "
                    + "`*` of a Role or ClusterRole rule naming `validatingwebhookconfigurations` or "
                    + "`mutatingwebhookconfigurations`.")
            .rationale("Admission webhooks enforce policy (image signatures, Pod Security, tenancy) and see every "
                    + "object sent to the API, Secrets included. Whoever can delete or loosen a validating webhook "
                    + "switches that policy off; whoever can add a mutating webhook can rewrite every pod and receive "
                    + "every Secret created afterwards.")
            .remediation("Leave webhook configurations to the platform's delivery pipeline. Controllers that patch "
                    + "their own webhook's CA bundle should get `update`/`patch` with `resourceNames` limited to that "
                    + "webhook.")
            .reference("https://kubernetes.io/docs/reference/access-authn-authz/extensible-admission-controllers/")
            .equivalent("checkov", "CKV_K8S_155")
            .equivalent("trivy", "KSV114")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(KubernetesManifests manifests, RuleContext context) {
        RbacPolicyRule.forEach(manifests, (role, rule) -> {
            if (rule.resource(WEBHOOKS).isEmpty()) return;
            rule.verb(RbacPolicyRule.WRITE_VERBS).ifPresent(verb -> report(context, role, verb.span(), role.display()
                    + " can " + RbacPolicyRule.text(verb) + " admission webhook configurations, and so switch off or "
                    + "subvert admission policy"));
        });
    }
}
