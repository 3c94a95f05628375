package dev.opsmith.rules.kubernetes;

import dev.opsmith.core.Span;
import dev.opsmith.format.kubernetes.KubernetesManifests;
import dev.opsmith.format.kubernetes.KubernetesObject;
import dev.opsmith.format.yaml.YamlEntry;
import dev.opsmith.format.yaml.YamlMapping;
import dev.opsmith.format.yaml.YamlNode;

import java.util.List;

/**
 * Where the networking, namespace and job rules (K8S140–K8S179) report: a value when it exists, else the key line
 * of the mapping that lacks something ({@code spec:}), else the object's {@code kind:} line. Reporting a key keeps
 * the finding on one line and its fingerprint independent of the mapping's contents.
 */
final class NetworkNodes {
    private NetworkNodes() {
    }

    /** The {@code key:} of an entry of {@code parent}, or {@code fallback} when absent. */
    static Span keyOf(YamlNode parent, String key, Span fallback) {
        if (parent instanceof YamlMapping m) {
            YamlEntry e = m.entry(key);
            if (e != null) return e.key().span();
        }
        return fallback;
    }

    /** The object's top-level {@code spec:} key, else its {@code kind:} line. */
    static Span spec(KubernetesObject object) {
        return keyOf(object.root(), "spec", object.anchor());
    }

    /** The object's {@code metadata.name} value, else its {@code kind:} line. */
    static Span name(KubernetesObject object) {
        YamlNode name = object.metadata().get("name");
        return name.present() ? name.span() : object.anchor();
    }

    /** The value of a node when present, else {@code fallback}. */
    static Span valueOr(YamlNode node, Span fallback) {
        return node.present() ? node.span() : fallback;
    }

    /** The Services of the file whose {@code spec.type} is {@code type} ({@code NodePort}, {@code LoadBalancer}). */
    static List<KubernetesObject> servicesOfType(KubernetesManifests manifests, String type) {
        return manifests.objects().stream()
                .filter(o -> o.kind().equals("Service") && o.spec().get("type").text().orElse("").equals(type))
                .toList();
    }
}
