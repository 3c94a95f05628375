package dev.opsmith.format.kubernetes;

import dev.opsmith.core.Span;
import dev.opsmith.format.yaml.YamlNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What cross-object rules need to know of an object, without keeping its document: identity, labels,
 * selectors, ports and references. Kept small so that the index of a large repository stays bounded.
 *
 * @param group        the unit references are checked within: the file's folder (later: a chart, a kustomization)
 * @param podLabels    labels of the pods a workload creates (empty for other kinds)
 * @param selector     matchLabels of a workload, PDB, NetworkPolicy podSelector, or a Service's selector
 * @param ports        container ports of a workload ({@code name} and number), or a Service's ports
 * @param references   other objects this one names: {@code ServiceAccount/x}, {@code Service/x:port}, {@code Deployment/x}
 */
public record ObjectSummary(String kind, String apiVersion, String name, String namespace, String file, Span anchor,
                            String group, Map<String, String> labels, Map<String, String> podLabels,
                            Map<String, String> selector, List<String> ports, List<String> references) {

    public ObjectSummary {
        labels = Map.copyOf(labels);
        podLabels = Map.copyOf(podLabels);
        selector = Map.copyOf(selector);
        ports = List.copyOf(ports);
        references = List.copyOf(references);
    }

    /** True when every selector label is among {@code labels} (an empty selector selects nothing here). */
    public static boolean selects(Map<String, String> selector, Map<String, String> labels) {
        if (selector.isEmpty()) return false;
        for (Map.Entry<String, String> e : selector.entrySet()) {
            if (!e.getValue().equals(labels.get(e.getKey()))) return false;
        }
        return true;
    }

    /** The group of a plain manifest file: its folder (relative to the scan root). */
    public static String groupOf(String relativePath) {
        int slash = relativePath.lastIndexOf('/');
        return slash < 0 ? "" : relativePath.substring(0, slash);
    }

    /** Summarises one object of a file. */
    public static ObjectSummary of(KubernetesObject o, String file, String group) {
        Map<String, String> podLabels = Workloads.podSpec(o).map(PodSpec::podLabels).orElse(Map.of());
        Map<String, String> selector = new LinkedHashMap<>();
        List<String> ports = new ArrayList<>();
        List<String> references = new ArrayList<>();
        YamlNode spec = o.spec();
        switch (o.kind()) {
            case "Service" -> {
                selector.putAll(KubernetesObject.stringMap(spec.get("selector")));
                for (YamlNode p : spec.get("ports").items()) {
                    p.get("port").text().ifPresent(ports::add);
                    p.get("name").text().ifPresent(ports::add);
                }
            }
            case "PodDisruptionBudget" -> selector.putAll(KubernetesObject.stringMap(spec.path("selector", "matchLabels")));
            case "NetworkPolicy" -> selector.putAll(KubernetesObject.stringMap(spec.path("podSelector", "matchLabels")));
            case "HorizontalPodAutoscaler" -> {
                YamlNode target = spec.get("scaleTargetRef");
                references.add(target.get("kind").text().orElse("?") + "/" + target.get("name").text().orElse("?"));
            }
            case "Ingress" -> backends(spec, references);
            default -> selector.putAll(KubernetesObject.stringMap(spec.path("selector", "matchLabels")));
        }
        Workloads.podSpec(o).ifPresent(pod -> {
            pod.node().get("serviceAccountName").text().ifPresent(sa -> references.add("ServiceAccount/" + sa));
            for (Container c : pod.allContainers()) {
                for (YamlNode p : c.ports().items()) {
                    p.get("containerPort").text().ifPresent(ports::add);
                    p.get("name").text().ifPresent(ports::add);
                }
            }
        });
        return new ObjectSummary(o.kind(), o.apiVersion(), o.name().orElse(""), o.namespace().orElse(""), file,
                o.anchor(), group, o.labels(), podLabels, selector, ports, references);
    }

    private static void backends(YamlNode spec, List<String> references) {
        List<YamlNode> backends = new ArrayList<>();
        backends.add(spec.get("defaultBackend"));
        for (YamlNode rule : spec.get("rules").items()) {
            for (YamlNode path : rule.path("http", "paths").items()) backends.add(path.get("backend"));
        }
        for (YamlNode b : backends) {
            YamlNode service = b.get("service");
            Optional<String> name = service.get("name").text();
            if (name.isEmpty()) continue;
            YamlNode port = service.get("port");
            String p = port.get("number").text().or(() -> port.get("name").text()).orElse("");
            references.add("Service/" + name.get() + (p.isEmpty() ? "" : ":" + p));
        }
    }
}
