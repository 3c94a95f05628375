package dev.opsmith.rules.kubernetes;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.kubernetes.KubernetesManifests;
import dev.opsmith.format.kubernetes.KubernetesObject;
import dev.opsmith.format.yaml.YamlMapping;
import dev.opsmith.format.yaml.YamlEntry;
import dev.opsmith.rules.RuleContext;

/** An ExternalName Service turns an in-cluster name into a DNS alias for an outside host. */
public final class ExternalNameService extends KubernetesRule {
    static final RuleMeta META = RuleMeta.builder("K8S143", "Service redirects to an external DNS name")
            .severity(Severity.LOW).category(Category.SECURITY).format(Format.KUBERNETES).optIn()
            .description("Opt-in. Reports a Service with `spec.type: ExternalName`, on its `externalName` (or on the "
                    + "type when the name is missing).")
            .rationale("An ExternalName Service answers cluster DNS lookups with a CNAME to any host, so clients that "
                    + "believe they talk to an internal service are sent outside the cluster. Whoever can edit the "
                    + "Service can redirect that traffic, and ingress controllers that follow it have been abused to "
                    + "reach internal endpoints. Outbound dependencies of a regulated system should be explicit and "
                    + "pass through egress controls.")
            .remediation("Call the external host by its own name through the egress gateway or an egress-restricting "
                    + "NetworkPolicy, or keep the ExternalName only after review and waive the finding with a reason.")
            .reference("https://kubernetes.io/docs/concepts/services-networking/service/#externalname")
            .equivalent("kube-linter", "externalname-service-redirect")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(KubernetesManifests manifests, RuleContext context) {
        for (KubernetesObject o : manifests.objects()) {
            if (!o.kind().equals("Service")) continue;
            if (!o.spec().get("type").text().orElse("").equals("ExternalName")) continue;
            YamlEntry name = o.spec() instanceof YamlMapping m ? m.entry("externalName") : null;
            String target = o.spec().get("externalName").text().orElse("an external host");
            report(context, o, name != null ? name.span() : o.spec().get("type").span(), o.display()
                    + " is an ExternalName alias for " + target + "; route outbound traffic through egress controls");
        }
    }
}
