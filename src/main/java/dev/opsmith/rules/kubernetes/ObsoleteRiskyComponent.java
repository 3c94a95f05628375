package dev.opsmith.rules.kubernetes;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.kubernetes.KubernetesManifests;
import dev.opsmith.format.kubernetes.KubernetesObject;
import dev.opsmith.format.yaml.YamlEntry;
import dev.opsmith.format.yaml.YamlNode;
import dev.opsmith.rules.RuleContext;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Helm v2's Tiller and the Kubernetes Dashboard are cluster-admin services reachable over the network; both are
 * retired, so their flaws are no longer fixed.
 */
public final class ObsoleteRiskyComponent extends KubernetesRule {
    static final RuleMeta META = RuleMeta.builder("K8S065",
                    "Helm v2 Tiller or an unauthenticated-by-design dashboard deployed")
            .severity(Severity.HIGH).category(Category.SECURITY).format(Format.KUBERNETES)
            .description("Reports a container image of Helm v2's Tiller (a repository whose last path component is "
                    + "`tiller`, as in `gcr.io/kubernetes-helm/tiller` or `ghcr.io/helm/tiller`) or of the Kubernetes "
                    + "Dashboard (`kubernetesui/dashboard` and its `dashboard-*` parts, or the older "
                    + "`kubernetes-dashboard*` images), and a Service named `tiller-deploy` or selecting "
                    + "`app: helm, name: tiller`. Template values are not judged.")
            .rationale("Tiller listens inside the cluster with broad, usually cluster-admin, rights and by default "
                    + "without authentication, so any pod that can reach its port can install or delete releases; "
                    + "Helm v2 has been unsupported since 2020. The Dashboard is a web console that, with the "
                    + "service account it is commonly deployed with, has let intruders take over whole clusters, and "
                    + "the project is archived. Neither belongs on a platform that must show who changed what.")
            .remediation("Migrate releases to Helm 3 (`helm 2to3`), which needs no in-cluster component, and delete "
                    + "the Tiller Deployment, Service and service account. Replace the Dashboard with a client-side "
                    + "tool or a console that authenticates users through the cluster's identity provider.")
            .reference("https://helm.sh/docs/faq/changes_since_helm2/#removal-of-tiller")
            .reference("https://kubernetes.io/docs/tasks/access-application-cluster/web-ui-dashboard/")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(KubernetesManifests manifests, RuleContext context) {
        forEachPodSpec(manifests, (obj, spec) -> {
            for (ContainerImages.ContainerImage image : ContainerImages.of(spec)) {
                String component = component(image.ref().repository());
                if (component == null) continue;
                report(context, obj, image.node().span(), image.container().display() + " of " + obj.display()
                        + " runs " + image.text() + ", " + component + "; remove it")
                        .property("image", image.text());
            }
        });
        for (KubernetesObject obj : manifests.objects()) {
            if (!obj.kind().equals("Service") || !obj.group().isEmpty()) continue;
            Map<String, String> selector = selector(obj);
            boolean named = obj.name().orElse("").equals("tiller-deploy");
            boolean selectsTiller = "helm".equals(selector.get("app")) && "tiller".equals(selector.get("name"));
            if (!named && !selectsTiller) continue;
            YamlNode name = obj.metadata().get("name");
            report(context, obj, name.present() ? name.span() : obj.anchor(), obj.display() + " exposes Helm v2's "
                    + "Tiller, which is end-of-life and takes unauthenticated cluster-wide changes; delete it");
        }
    }

    /** What the repository is (for the message), or null when it is neither Tiller nor the Dashboard. */
    static String component(String repository) {
        List<String> segments = List.of(repository.toLowerCase(Locale.ROOT).split("/"));
        String last = segments.get(segments.size() - 1);
        if (last.equals("tiller")) return "Helm v2's Tiller, which is end-of-life and takes unauthenticated "
                + "cluster-wide changes";
        int ui = segments.indexOf("kubernetesui");
        boolean dashboard = last.startsWith("kubernetes-dashboard")
                || ui >= 0 && ui + 1 < segments.size() && segments.get(ui + 1).startsWith("dashboard");
        return dashboard ? "the archived Kubernetes Dashboard, a cluster console often run with broad rights" : null;
    }

    private static Map<String, String> selector(KubernetesObject obj) {
        Map<String, String> out = new LinkedHashMap<>();
        for (YamlEntry e : obj.spec().get("selector").entries()) {
            e.value().text().ifPresent(v -> out.put(e.key().value(), v));
        }
        return out;
    }
}
