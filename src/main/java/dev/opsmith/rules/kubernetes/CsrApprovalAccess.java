package dev.opsmith.rules.kubernetes;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.kubernetes.KubernetesManifests;
import dev.opsmith.rules.RuleContext;

import java.util.Set;

/** Roles that can approve certificate signing requests, i.e. mint client certificates for the cluster. */
public final class CsrApprovalAccess extends KubernetesRule {
    static final RuleMeta META = RuleMeta.builder("K8S124", "Role can approve certificate requests")
            .severity(Severity.HIGH).category(Category.SECURITY).format(Format.KUBERNETES)
            .description("Flags the verb `update`, `patch` or `*` in a Role or ClusterRole rule naming "
                    + "`certificatesigningrequests/approval`, and the verb `approve` (or `*`) in a rule naming `signers` "
                    + "without `resourceNames`.")
            .rationale("Approving a CertificateSigningRequest issues a certificate the API server trusts. With the "
                    + "right signer, the holder can mint a client certificate for any user or group, including "
                    + "`system:masters`, and such certificates cannot be revoked before they expire.")
            .remediation("Keep CSR approval with the control plane's own approver or a dedicated controller, and limit "
                    + "its `approve` rule with `resourceNames` to the signers it serves (for example "
                    + "`example.com/payments-mtls`).")
            .reference("https://kubernetes.io/docs/reference/access-authn-authz/certificate-signing-requests/#authorization")
            .equivalent("kube-linter", "approve-signers-without-resource-names")
            .equivalent("checkov", "CKV_K8S_156")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(KubernetesManifests manifests, RuleContext context) {
        RbacPolicyRule.forEach(manifests, (role, rule) -> {
            if (rule.resource(Set.of("certificatesigningrequests/approval")).isPresent()) {
                rule.verb(Set.of("update", "patch", "*")).ifPresent(verb -> report(context, role, verb.span(),
                        role.display() + " can approve certificate signing requests; keep approval with a dedicated "
                                + "controller"));
            }
            if (rule.resource(Set.of("signers")).isPresent() && !rule.hasResourceNames()) {
                rule.verb(Set.of("approve", "*")).ifPresent(verb -> report(context, role, verb.span(),
                        role.display() + " can approve requests for every signer; limit it with resourceNames"));
            }
        });
    }
}
