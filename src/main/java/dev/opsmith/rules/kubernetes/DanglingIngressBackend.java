package dev.opsmith.rules.kubernetes;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.kubernetes.KubernetesManifests;
import dev.opsmith.format.kubernetes.KubernetesObject;
import dev.opsmith.format.kubernetes.ObjectSummary;
import dev.opsmith.format.yaml.YamlNode;
import dev.opsmith.rules.RuleContext;

import java.util.ArrayList;
import java.util.List;

/** An Ingress that routes to a Service or port that is not defined answers 503 for that path. */
public final class DanglingIngressBackend extends KubernetesRule {
    static final RuleMeta META = RuleMeta.builder("K8S148", "Ingress backend Service or port missing")
            .severity(Severity.MEDIUM).category(Category.RELIABILITY).format(Format.KUBERNETES)
            .description("Reports an Ingress backend (`spec.defaultBackend` or `rules[].http.paths[].backend`) whose "
                    + "`service.name` is not a Service of the bundle (the same folder) in the Ingress's namespace, "
                    + "or whose `service.port.number`/`port.name` is not a port of that Service. The older "
                    + "`serviceName`/`servicePort` form is read too. Not reported: bundles that define no Service "
                    + "(the Services then live elsewhere), `resource` backends and values with template syntax.")
            .rationale("The Ingress applies without complaint, but the controller has nothing to route to and "
                    + "answers 503 for the path, typically the moment a release renames a Service or a port. For a "
                    + "customer-facing payment endpoint that is an outage caught only in production.")
            .remediation("Point the backend at the Service's `metadata.name` and at one of its `spec.ports` (by "
                    + "`port` number or by `name`).")
            .reference("https://kubernetes.io/docs/concepts/services-networking/ingress/#the-ingress-resource")
            .build();

    /** One backend: the service name node and the port node (missing when absent). */
    private record Backend(YamlNode name, YamlNode port) {
    }

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(KubernetesManifests manifests, RuleContext context) {
        CrossObjectBundle bundle = CrossObjectBundle.of(context);
        if (!bundle.defines("Service")) return;
        for (KubernetesObject o : manifests.objects()) {
            if (!o.kind().equals("Ingress")) continue;
            String namespace = o.namespace().orElse("");
            for (Backend b : backends(o.spec())) {
                String name = b.name().text().orElse("");
                if (name.isEmpty() || SelectorExpression.isTemplated(name)) continue;
                List<ObjectSummary> services = bundle.ofKind("Service", namespace).stream()
                        .filter(s -> s.name().equals(name)).toList();
                if (services.isEmpty()) {
                    report(context, o, b.name().span(), o.display() + " routes to Service " + name
                            + ", which is not defined in this folder; the path would answer 503");
                    continue;
                }
                String port = b.port().text().orElse("");
                if (port.isEmpty() || SelectorExpression.isTemplated(port)) continue;
                if (services.stream().anyMatch(s -> s.ports().contains(port))) continue;
                report(context, o, b.port().span(), o.display() + " routes to port " + port + " of Service " + name
                        + ", which has no such port (" + String.join(", ", services.get(0).ports()) + ")");
            }
        }
    }

    private static List<Backend> backends(YamlNode spec) {
        List<YamlNode> nodes = new ArrayList<>();
        nodes.add(spec.get("defaultBackend"));
        nodes.add(spec.get("backend")); // extensions/v1beta1
        for (YamlNode rule : spec.get("rules").items()) {
            for (YamlNode path : rule.path("http", "paths").items()) nodes.add(path.get("backend"));
        }
        List<Backend> out = new ArrayList<>();
        for (YamlNode b : nodes) {
            YamlNode service = b.get("service");
            if (service.isMapping()) {
                YamlNode port = service.get("port");
                out.add(new Backend(service.get("name"), port.get("number").present() ? port.get("number") : port.get("name")));
            } else if (b.get("serviceName").present()) {
                out.add(new Backend(b.get("serviceName"), b.get("servicePort")));
            }
        }
        return out;
    }
}
