package dev.opsmith.format.kubernetes;

import dev.opsmith.format.yaml.YamlEntry;
import dev.opsmith.format.yaml.YamlMapping;
import dev.opsmith.format.yaml.YamlNode;
import dev.opsmith.format.yaml.YamlScalar;
import dev.opsmith.format.yaml.YamlSequence;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A YAML tree as the JSON the API server decodes (sigs.k8s.io/yaml): scalars take the value the document's YAML
 * resolution gives them ({@code yes} is true, {@code 0644} is 420 in YAML 1.1, quoted text stays text), keys are
 * strings, and the last of duplicate keys wins.
 */
public final class KubernetesJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private KubernetesJson() {
    }

    public static JsonNode of(YamlNode node) {
        if (node instanceof YamlMapping m) {
            ObjectNode out = NODES.objectNode();
            for (YamlEntry e : m.entries()) out.set(e.key().value(), of(e.value()));
            return out;
        }
        if (node instanceof YamlSequence s) {
            ArrayNode out = NODES.arrayNode(s.items().size());
            for (YamlNode item : s.items()) out.add(of(item));
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
}
