package dev.opsmith.config;

import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A YAML document as a JSON tree (for schema validation) plus the position of every value, keyed by
 * JSON pointer ({@code /rules/disable/0}); keys' positions are kept under {@code pointer + "#key"}.
 */
final class PositionedYaml {
    private static final int MAX_ALIASES = 50;

    final JsonNode root;
    final Map<String, int[]> positions = new HashMap<>();
    final List<String> duplicateKeys = new ArrayList<>();

    private PositionedYaml(JsonNode root) {
        this.root = root;
    }

    static PositionedYaml parse(String text, String fileName) throws ConfigException {
        LoadSettings settings = LoadSettings.builder().setLabel(fileName).setMaxAliasesForCollections(MAX_ALIASES)
                .setAllowRecursiveKeys(false).build();
        Optional<Node> node;
        try {
            node = new Compose(settings).composeString(text);
        } catch (MarkedYamlEngineException e) {
            Mark m = e.getProblemMark().or(e::getContextMark).orElse(null);
            String where = m == null ? fileName : fileName + ":" + (m.getLine() + 1) + ":" + (m.getColumn() + 1);
            throw new ConfigException(List.of(where + ": not valid YAML: " + e.getProblem()));
        } catch (YamlEngineException e) {
            throw new ConfigException(List.of(fileName + ": not valid YAML: " + e.getMessage()));
        }
        PositionedYaml yaml = new PositionedYaml(null);
        JsonNode json = node.map(n -> yaml.convert(n, "", fileName)).orElse(JsonNodeFactory.instance.objectNode());
        PositionedYaml done = new PositionedYaml(json);
        done.positions.putAll(yaml.positions);
        done.duplicateKeys.addAll(yaml.duplicateKeys);
        return done;
    }

    private JsonNode convert(Node node, String pointer, String fileName) {
        node.getStartMark().ifPresent(m -> positions.put(pointer, new int[] {m.getLine() + 1, m.getColumn() + 1}));
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (node instanceof MappingNode map) {
            ObjectNode obj = f.objectNode();
            for (NodeTuple t : map.getValue()) {
                String key = t.getKeyNode() instanceof ScalarNode s ? s.getValue() : "?";
                String child = pointer + "/" + key.replace("~", "~0").replace("/", "~1");
                t.getKeyNode().getStartMark().ifPresent(m -> positions.put(child + "#key",
                        new int[] {m.getLine() + 1, m.getColumn() + 1}));
                if (obj.has(key)) {
                    int[] at = positions.get(child + "#key");
                    duplicateKeys.add(fileName + ":" + at[0] + ":" + at[1] + ": " + display(child)
                            + ": duplicate key (the second value would silently win)");
                }
                obj.set(key, convert(t.getValueNode(), child, fileName));
            }
            return obj;
        }
        if (node instanceof SequenceNode seq) {
            ArrayNode arr = f.arrayNode();
            int i = 0;
            for (Node item : seq.getValue()) arr.add(convert(item, pointer + "/" + i++, fileName));
            return arr;
        }
        ScalarNode s = (ScalarNode) node;
        Tag tag = s.getTag();
        String v = s.getValue();
        try {
            if (Tag.NULL.equals(tag)) return f.nullNode();
            if (Tag.BOOL.equals(tag)) return f.booleanNode(Boolean.parseBoolean(v.toLowerCase(java.util.Locale.ROOT)));
            if (Tag.INT.equals(tag)) return f.numberNode(Long.decode(v.replace("0o", "0")));
            if (Tag.FLOAT.equals(tag)) return f.numberNode(Double.parseDouble(v));
        } catch (NumberFormatException e) {
            return f.stringNode(v);
        }
        return f.stringNode(v);
    }

    /** {@code file:line:col} of a pointer, falling back to its nearest present parent. */
    String where(String fileName, String pointer, boolean key) {
        String p = pointer;
        int[] at = key ? positions.get(p + "#key") : null;
        while (at == null) {
            at = positions.get(p);
            if (at != null || p.isEmpty()) break;
            p = p.substring(0, p.lastIndexOf('/'));
        }
        return at == null ? fileName : fileName + ":" + at[0] + ":" + at[1];
    }

    /** A pointer as the dotted key path users write: {@code /rules/disable/0} → {@code rules.disable[0]}. */
    static String display(String pointer) {
        if (pointer.isEmpty()) return "(top level)";
        StringBuilder out = new StringBuilder();
        for (String part : pointer.substring(1).split("/")) {
            String name = part.replace("~1", "/").replace("~0", "~");
            if (name.matches("\\d+")) out.append('[').append(name).append(']');
            else out.append(out.length() == 0 ? "" : ".").append(name);
        }
        return out.toString();
    }
}
