package dev.opsmith.rules.kubernetes;

import dev.opsmith.format.kubernetes.KubernetesJson;
import dev.opsmith.format.yaml.YamlEntry;
import dev.opsmith.format.yaml.YamlMapping;
import dev.opsmith.format.yaml.YamlNode;
import dev.opsmith.format.yaml.YamlSequence;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A YAML tree as the JSON the API server decodes (sigs.k8s.io/yaml): scalars take the value the document's YAML 1.1
 * resolution gives them ({@code yes} is true, {@code 0644} is 420, quoted text stays text), keys are strings, and the
 * last of duplicate keys wins ({@link KubernetesJson}). {@link #find} walks a JSON pointer back to the YAML node it came from.
 */
final class YamlJson {
    private YamlJson() {
    }

    static JsonNode toJson(YamlNode node) {
        return KubernetesJson.of(node);
    }

    /** A node and the mapping entry that holds it (null for sequence items and the root). */
    record Located(YamlNode node, YamlEntry entry) {
    }

    /** The YAML node at a JSON pointer relative to {@code root}; empty when the pointer leaves the tree. */
    static Optional<Located> find(YamlNode root, String pointer) {
        YamlNode node = root;
        YamlEntry entry = null;
        for (String step : steps(pointer)) {
            if (node instanceof YamlMapping m) {
                entry = m.entry(step);
                if (entry == null) return Optional.empty();
                node = entry.value();
            } else if (node instanceof YamlSequence s) {
                int i;
                try {
                    i = Integer.parseInt(step);
                } catch (NumberFormatException e) {
                    return Optional.empty();
                }
                if (i < 0 || i >= s.items().size()) return Optional.empty();
                node = s.items().get(i);
                entry = null;
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(new Located(node, entry));
    }

    private static List<String> steps(String pointer) {
        List<String> out = new ArrayList<>();
        if (pointer == null || pointer.isEmpty()) return out;
        for (String raw : pointer.substring(pointer.startsWith("/") ? 1 : 0).split("/", -1)) {
            out.add(raw.replace("~1", "/").replace("~0", "~"));
        }
        return out;
    }
}
