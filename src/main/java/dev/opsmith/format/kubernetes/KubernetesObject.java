package dev.opsmith.format.kubernetes;

import dev.opsmith.core.Span;
import dev.opsmith.format.yaml.YamlEntry;
import dev.opsmith.format.yaml.YamlMapping;
import dev.opsmith.format.yaml.YamlNode;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One Kubernetes object of a manifest file: a document with {@code apiVersion} and {@code kind}, or an item of a
 * {@code List}. Rules navigate {@link #root()}; common fields have accessors.
 *
 * @param document 0-based document index in its file
 * @param item     index inside a {@code List} kind, or -1
 */
public record KubernetesObject(YamlMapping root, String apiVersion, String kind, int document, int item) {

    public YamlNode metadata() {
        return root.get("metadata");
    }

    public YamlNode spec() {
        return root.get("spec");
    }

    /** {@code metadata.name}, or empty (generateName objects, broken manifests). */
    public Optional<String> name() {
        return metadata().get("name").text();
    }

    /** {@code metadata.namespace} as written; empty means the namespace the object is applied to. */
    public Optional<String> namespace() {
        return metadata().get("namespace").text();
    }

    public Map<String, String> labels() {
        return stringMap(metadata().get("labels"));
    }

    public Map<String, String> annotations() {
        return stringMap(metadata().get("annotations"));
    }

    /** {@code Kind/namespace/name}: the object's identity, part of every finding's fingerprint. */
    public String identity() {
        return kind + "/" + namespace().orElse("") + "/" + name().orElse("#" + document + (item >= 0 ? "." + item : ""));
    }

    /** {@code Kind name}, as messages name the object. */
    public String display() {
        return kind + " " + name().orElse("(unnamed)");
    }

    /** Where to report something the object lacks: its {@code kind: …} line. */
    public Span anchor() {
        YamlEntry k = root.entry("kind");
        return k != null ? k.span() : root.span();
    }

    /** The group of {@code apiVersion} ({@code apps} of {@code apps/v1}; empty for the core group). */
    public String group() {
        int slash = apiVersion.indexOf('/');
        return slash < 0 ? "" : apiVersion.substring(0, slash);
    }

    static Map<String, String> stringMap(YamlNode node) {
        Map<String, String> out = new LinkedHashMap<>();
        for (YamlEntry e : node.entries()) {
            if (e.value() instanceof dev.opsmith.format.yaml.YamlScalar s && !s.isNull()) out.put(e.key().value(), s.value());
        }
        return out;
    }
}
