package dev.opsmith.rules.kubernetes;

import dev.opsmith.format.yaml.YamlEntry;
import dev.opsmith.format.yaml.YamlMapping;
import dev.opsmith.format.yaml.YamlNode;
import dev.opsmith.format.yaml.YamlScalar;
import dev.opsmith.format.yaml.YamlSequence;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A YAML tree as the JSON the API server decodes (sigs.k8s.io/yaml): scalars take the value the document's YAML 1.1
 * resolution gives them ({@code yes} is true, {@code 0644} is 420, quoted text stays text), keys are strings, and the
 * last of duplicate keys wins. {@link #find} walks a JSON pointer back to the YAML node it came from.
 */
final class YamlJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private YamlJson() {
    }

    static JsonNode toJson(YamlNode node) {
        if (node instanceof YamlMapping m) {
            ObjectNode out = NODES.objectNode();
            for (YamlEntry e : m.entries()) out.set(e.key().value(), toJson(e.value()));
            return out;
        }
        if (node instanceof YamlSequence s) {
            ArrayNode out = NODES.arrayNode(s.items().size());
            for (YamlNode item : s.items()) out.add(toJson(item));
            return out;
        }
        if (node instanceof YamlScalar s) {
            Object v = s.resolved();
            if (v == null) return NODES.nullNode();
            if (v instanceof Boolean b) return NODES.booleanNode(b);
            if (v instanceof Long l) return NODES.numberNode(l.longValue());
            if (v instanceof Double d) return NODES.numberNode(d.doubleValue());
            return NODES.stringNode(String.valueOf(v));
        }
        return NODES.missingNode();
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
