package dev.opsmith.rules.kubernetes;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.kubernetes.KubernetesManifests;
import dev.opsmith.format.kubernetes.KubernetesObject;
import dev.opsmith.format.yaml.YamlNode;
import dev.opsmith.rules.RuleContext;

/** Plain-HTTP ingress carries session tokens and account data in clear text. */
public final class IngressWithoutTls extends KubernetesRule {
    static final RuleMeta META = RuleMeta.builder("K8S144", "Ingress or Route serves plain HTTP")
            .severity(Severity.MEDIUM).category(Category.SECURITY).format(Format.KUBERNETES)
            .description("Reports an Ingress without a non-empty `spec.tls`, and an OpenShift Route "
                    + "(`route.openshift.io`) without `spec.tls` or with `spec.tls.insecureEdgeTerminationPolicy: "
                    + "Allow`. A Route that redirects HTTP to HTTPS (`Redirect`) or refuses it (`None`) is compliant.")
            .rationale("Without TLS the ingress serves the application over plain HTTP, so credentials, session "
                    + "cookies and customer data cross networks the platform does not control in clear text. PCI DSS "
                    + "requires strong cryptography for cardholder data on open networks, and a single HTTP entry "
                    + "point also allows downgrade and cookie theft for the HTTPS one.")
            .remediation("Add a `tls` section with the hosts and a certificate Secret (for example issued by "
                    + "cert-manager); on a Route use `tls.termination: edge|reencrypt|passthrough` with "
                    + "`insecureEdgeTerminationPolicy: Redirect`.")
            .reference("https://kubernetes.io/docs/concepts/services-networking/ingress/#tls")
            .reference("https://docs.openshift.com/container-platform/latest/networking/routes/secured-routes.html")
            .equivalent("kube-linter", "insecure-route-termination")
            .equivalent("polaris", "tlsSettingsMissing")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(KubernetesManifests manifests, RuleContext context) {
        for (KubernetesObject o : manifests.objects()) {
            if (o.kind().equals("Ingress")) {
                if (!o.spec().get("tls").items().isEmpty()) continue;
                report(context, o, NetworkNodes.spec(o), o.display() + " has no tls section and serves plain HTTP; "
                        + "add tls hosts with a certificate Secret");
            } else if (o.kind().equals("Route") && o.group().equals("route.openshift.io")) {
                YamlNode tls = o.spec().get("tls");
                if (!tls.isMapping()) {
                    report(context, o, NetworkNodes.spec(o), o.display() + " has no tls section and serves plain "
                            + "HTTP; set tls.termination and insecureEdgeTerminationPolicy: Redirect");
                    continue;
                }
                YamlNode policy = tls.get("insecureEdgeTerminationPolicy");
                if (policy.text().orElse("").equals("Allow")) {
                    report(context, o, policy.span(), o.display() + " also serves plain HTTP "
                            + "(insecureEdgeTerminationPolicy: Allow); use Redirect");
                }
            }
        }
    }
}
