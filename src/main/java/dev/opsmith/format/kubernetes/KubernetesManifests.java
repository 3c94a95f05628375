package dev.opsmith.format.kubernetes;

import dev.opsmith.format.yaml.YamlDocument;
import dev.opsmith.format.yaml.YamlFile;
import dev.opsmith.format.yaml.YamlMapping;
import dev.opsmith.format.yaml.YamlNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A YAML file read as Kubernetes manifests: every document (or {@code List} item) with {@code apiVersion} and
 * {@code kind} is an object. Documents that are not objects stay in {@link #yaml()}.
 */
public record KubernetesManifests(YamlFile yaml, List<KubernetesObject> objects) {
    public KubernetesManifests {
        objects = List.copyOf(objects);
    }

    public static KubernetesManifests of(YamlFile yaml) {
        List<KubernetesObject> objects = new ArrayList<>();
        for (YamlDocument doc : yaml.documents()) {
            Optional<KubernetesObject> o = object(doc.root(), doc.index(), -1);
            if (o.isEmpty()) continue;
            KubernetesObject obj = o.get();
            if (obj.kind().endsWith("List") && obj.root().get("items").isSequence()) {
                List<YamlNode> items = obj.root().get("items").items();
                for (int i = 0; i < items.size(); i++) object(items.get(i), doc.index(), i).ifPresent(objects::add);
            } else {
                objects.add(obj);
            }
        }
        return new KubernetesManifests(yaml, objects);
    }

    /** True when a document looks like a Kubernetes object: a mapping with scalar apiVersion and kind. */
    public static boolean isObject(YamlNode root) {
        return root instanceof YamlMapping m && m.get("apiVersion").text().isPresent() && m.get("kind").text().isPresent();
    }

    private static Optional<KubernetesObject> object(YamlNode root, int document, int item) {
        if (!isObject(root)) return Optional.empty();
        YamlMapping m = (YamlMapping) root;
        return Optional.of(new KubernetesObject(m, m.get("apiVersion").text().orElseThrow(),
                m.get("kind").text().orElseThrow(), document, item));
    }
}
