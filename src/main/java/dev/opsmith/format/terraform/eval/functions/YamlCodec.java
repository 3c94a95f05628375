package dev.opsmith.format.terraform.eval.functions;

import dev.opsmith.format.terraform.value.Value;
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
import org.snakeyaml.engine.v2.schema.CoreSchema;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * {@code yamldecode} (YAML 1.2 core schema, as Terraform reads YAML: only {@code true}/{@code false} are bools)
 * and {@code yamlencode} in Terraform's output style: every string and key double-quoted, block style,
 * two-space indentation for nested mappings and sequences at the same column as their key.
 */
final class YamlCodec {
    private static final int MAX_DEPTH = 512;
    private static final int MAX_ALIASES = 100;
    /** The emitter's preferred line width. */
    private static final int WIDTH = 80;

    private YamlCodec() {
    }

    static Value decode(String text) {
        LoadSettings settings = LoadSettings.builder().setSchema(new CoreSchema())
                .setMaxAliasesForCollections(MAX_ALIASES).setAllowRecursiveKeys(false).build();
        Optional<Node> node;
        try {
            node = new Compose(settings).composeString(text);
        } catch (MarkedYamlEngineException e) {
            Mark mark = e.getProblemMark().or(e::getContextMark).orElse(null);
            String where = mark == null ? "" : " on line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1);
            throw new FunctionException("Call to function \"yamldecode\" failed: " + e.getProblem() + where + ".");
        } catch (YamlEngineException e) {
            throw new FunctionException("Call to function \"yamldecode\" failed: " + e.getMessage() + ".");
        }
        if (node.isEmpty()) throw new FunctionException("Call to function \"yamldecode\" failed: the YAML document is empty.");
        return convert(node.get(), 0);
    }

    private static Value convert(Node node, int depth) {
        if (depth > MAX_DEPTH) throw new FunctionException("Call to function \"yamldecode\" failed: YAML nested too deeply.");
        if (node instanceof MappingNode map) {
            TreeMap<String, Value> entries = new TreeMap<>();
            for (NodeTuple tuple : map.getValue()) {
                Value key = convert(tuple.getKeyNode(), depth + 1);
                String name = Conversions.asString(key).orElseThrow(() -> new FunctionException(
                        "Call to function \"yamldecode\" failed: mapping keys must be strings, numbers or bools."));
                entries.put(name, convert(tuple.getValueNode(), depth + 1));
            }
            return Value.map(entries);
        }
        if (node instanceof SequenceNode sequence) {
            List<Value> items = new ArrayList<>();
            for (Node item : sequence.getValue()) items.add(convert(item, depth + 1));
            return Value.list(items);
        }
        ScalarNode scalar = (ScalarNode) node;
        if (!scalar.isPlain()) return Value.of(scalar.getValue());
        return plain(scalar.getValue());
    }

    private static final java.util.regex.Pattern INT = java.util.regex.Pattern.compile("[-+]?[0-9]+");
    private static final java.util.regex.Pattern FLOAT =
            java.util.regex.Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");
    private static final java.util.regex.Pattern DATE = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /**
     * An unquoted scalar resolved as Terraform resolves it, which is YAML 1.1 style for bools ({@code yes},
     * {@code on}, {@code y} are true) and decimal for leading zeros; a date becomes an RFC 3339 timestamp.
     */
    private static Value plain(String text) {
        switch (text) {
            case "", "~", "null", "Null", "NULL" -> {
                return Value.nullValue();
            }
            case "y", "Y", "yes", "Yes", "YES", "on", "On", "ON", "true", "True", "TRUE" -> {
                return Value.of(true);
            }
            case "n", "N", "no", "No", "NO", "off", "Off", "OFF", "false", "False", "FALSE" -> {
                return Value.of(false);
            }
            default -> {
            }
        }
        if (INT.matcher(text).matches()) return Value.of(new BigDecimal(text.startsWith("+") ? text.substring(1) : text));
        if (text.matches("0x[0-9a-fA-F]+")) return Value.of(new BigDecimal(new BigInteger(text.substring(2), 16)));
        if (text.matches("0o[0-7]+")) return Value.of(new BigDecimal(new BigInteger(text.substring(2), 8)));
        if (FLOAT.matcher(text).matches()) return Value.of(Conversions.parseNumber(text).orElseThrow());
        if (text.matches("[-+]?\\.(inf|Inf|INF|nan|NaN|NAN)")) {
            throw new FunctionException("Call to function \"yamldecode\" failed: cannot represent " + text + " as a Terraform number.");
        }
        if (DATE.matcher(text).matches()) return Value.of(text + "T00:00:00Z");
        return Value.of(text);
    }

    static String encode(Value value) {
        StringBuilder out = new StringBuilder();
        if (isBlock(value)) {
            block(value, 0, out);
        } else {
            out.append(inline(value, 0, 0)).append('\n');
            if (!value.string().isPresent() && !value.isList() && !value.isMap()) out.append("...\n");
        }
        return out.toString();
    }

    private static boolean isBlock(Value value) {
        return value.isList() && !value.items().isEmpty() || value.isMap() && !value.entries().isEmpty();
    }

    /** A non-empty collection in block style; every line is indented by {@code indent} and ends with a newline. */
    private static void block(Value value, int indent, StringBuilder out) {
        String pad = " ".repeat(indent);
        if (value.isList()) {
            for (Value item : value.items()) {
                out.append(pad).append("- ");
                if (isBlock(item)) {
                    StringBuilder nested = new StringBuilder();
                    block(item, indent + 2, nested);
                    out.append(nested, indent + 2, nested.length());
                } else {
                    out.append(inline(item, indent + 2, indent + 2)).append('\n');
                }
            }
            return;
        }
        for (Map.Entry<String, Value> entry : new TreeMap<>(value.entries()).entrySet()) {
            String key = quote(entry.getKey());
            out.append(pad).append(key).append(':');
            Value item = entry.getValue();
            if (item.isList() && isBlock(item)) {
                out.append('\n');
                block(item, indent, out);
            } else if (isBlock(item)) {
                out.append('\n');
                block(item, indent + 2, out);
            } else {
                out.append(' ').append(inline(item, indent + 2, indent + key.length() + 2)).append('\n');
            }
        }
    }

    /** A scalar or empty collection; a multi-line string becomes a literal block indented by {@code indent}. */
    private static String inline(Value value, int indent, int column) {
        if (value.string().isPresent() && literalAllowed(value.string().get())) return literal(value.string().get(), indent);
        if (value.string().isPresent()) return folded(value.string().get(), column, indent == 0 ? 2 : indent);
        return inline(value);
    }

    /**
     * A double-quoted value as the emitter writes it: once a line is past {@value #WIDTH} columns, the next single
     * space becomes a line break followed by {@code indent} spaces (a space after that break is escaped).
     */
    private static String folded(String text, int column, int indent) {
        StringBuilder out = new StringBuilder("\"");
        int[] chars = text.codePoints().toArray();
        int col = column + 1;
        boolean afterSpace = false;
        for (int i = 0; i < chars.length; i++) {
            int c = chars[i];
            if (c == ' ') {
                if (!afterSpace && col > WIDTH && i != 0 && i != chars.length - 1) {
                    out.append('\n').append(" ".repeat(indent));
                    col = indent;
                    if (i + 1 < chars.length && chars[i + 1] == ' ') {
                        out.append('\\');
                        col++;
                    }
                } else {
                    out.append(' ');
                    col++;
                }
                afterSpace = true;
            } else {
                String escaped = escape(c);
                out.append(escaped);
                col += escaped.codePointCount(0, escaped.length());
                afterSpace = false;
            }
        }
        return out.append('"').toString();
    }

    /** Whether the emitter Terraform uses would write this string as a literal block ({@code |}). */
    private static boolean literalAllowed(String text) {
        if (!text.contains("\n") || text.startsWith(" ") || text.endsWith(" ") || text.contains(" \n")) return false;
        return text.codePoints().allMatch(c -> c == '\n' || printable(c));
    }

    private static String literal(String text, int indent) {
        String chomp = !text.endsWith("\n") ? "-" : text.endsWith("\n\n") ? "+" : "";
        String body = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        StringBuilder out = new StringBuilder("|").append(chomp);
        String pad = " ".repeat(indent == 0 ? 2 : indent);
        for (String line : body.split("\n", -1)) {
            out.append('\n');
            if (!line.isEmpty()) out.append(pad).append(line);
        }
        return out.toString();
    }

    /** The characters the YAML emitter writes as they are; everything else is escaped. */
    private static boolean printable(int c) {
        return c == '\n' || c >= 0x20 && c <= 0x7E || c >= 0xA0 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD && c != 0xFEFF;
    }

    private static String inline(Value value) {
        if (value.isNull()) return "null";
        if (value.isList()) return "[]";
        if (value.isMap()) return "{}";
        if (value.string().isPresent()) return quote(value.string().get());
        if (value.number().isPresent()) return Conversions.numberText(value.number().get());
        if (value.bool().isPresent()) return value.bool().get().toString();
        throw new FunctionException("Call to function \"yamlencode\" failed: value is not known.");
    }

    /** A double-quoted YAML scalar without line folding (keys, which the emitter never folds). */
    private static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        text.codePoints().forEach(c -> out.append(escape(c)));
        return out.append('"').toString();
    }

    /** One character inside double quotes: printable characters as they are, the rest escaped as YAML allows. */
    private static String escape(int c) {
        return switch (c) {
            case '"' -> "\\\"";
            case '\\' -> "\\\\";
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            case '\0' -> "\\0";
            case 0x07 -> "\\a";
            case '\b' -> "\\b";
            case 0x0B -> "\\v";
            case '\f' -> "\\f";
            case 0x1B -> "\\e";
            case 0x85 -> "\\N";
            case '\u2028' -> "\\L";
            case '\u2029' -> "\\P";
            default -> {
                if (printable(c)) yield new String(Character.toChars(c));
                if (c <= 0xFF) yield String.format("\\x%02X", c);
                if (c <= 0xFFFF) yield String.format("\\u%04X", c);
                yield String.format("\\U%08X", c);
            }
        };
    }
}
