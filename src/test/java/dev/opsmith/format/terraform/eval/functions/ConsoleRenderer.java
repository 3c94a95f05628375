package dev.opsmith.format.terraform.eval.functions;

import dev.opsmith.format.terraform.value.Value;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Writes a value the way {@code terraform console} prints it, so differential tests compare text with text:
 * tuples and objects one item per line with two-space indentation, object keys quoted and sorted, strings quoted
 * as Go quotes them, multi-line strings as {@code <<-EOT} heredocs, sensitive values as {@code (sensitive value)}.
 * The value model does not keep Terraform's static types, so Terraform's {@code tolist(…)}, {@code toset(…)} and
 * {@code tomap(…)} wrappers are removed from its output by {@link #withoutTypeWrappers} before comparing.
 */
final class ConsoleRenderer {
    private static final Pattern TYPED_NULL = Pattern.compile("\\bto(string|number|bool)\\(null\\)");
    private static final Pattern WRAPPER_OPEN = Pattern.compile("\\b(tolist|toset|tomap)\\(");
    private static final Pattern WRAPPER_CLOSE = Pattern.compile("([\\]}])\\)(,?)$", Pattern.MULTILINE);

    private ConsoleRenderer() {
    }

    static String render(Value value, int indent) {
        if (value.isSensitive()) return "(sensitive value)";
        if (value.isError()) return "\"@@ERR\"";
        if (value.isUnknown()) return "(known after apply)";
        if (value.isNull()) return "null";
        if (value.string().isPresent()) return string(value.string().get(), indent);
        if (value.number().isPresent()) return Conversions.numberText(value.number().get());
        if (value.bool().isPresent()) return value.bool().get().toString();
        String pad = " ".repeat(indent + 2);
        StringBuilder out = new StringBuilder();
        if (value.isList()) {
            if (value.items().isEmpty()) return "[]";
            out.append("[\n");
            for (Value item : value.items()) out.append(pad).append(render(item, indent + 2)).append(",\n");
            return out.append(" ".repeat(indent)).append(']').toString();
        }
        if (value.isMap()) {
            if (value.entries().isEmpty()) return "{}";
            out.append("{\n");
            for (Map.Entry<String, Value> entry : new TreeMap<>(value.entries()).entrySet()) {
                out.append(pad).append(goQuote(entry.getKey())).append(" = ").append(render(entry.getValue(), indent + 2)).append('\n');
            }
            return out.append(" ".repeat(indent)).append('}').toString();
        }
        return "(absent)";
    }

    private static String string(String text, int indent) {
        if (!text.contains("\n")) return goQuote(text);
        String pad = " ".repeat(indent);
        StringBuilder out = new StringBuilder("<<-EOT\n");
        for (String line : text.split("\n", -1)) out.append(pad).append(line).append('\n');
        return out.append(pad).append("EOT").toString();
    }

    /** Go's strconv.Quote: printable characters as they are, others escaped. */
    static String goQuote(String text) {
        StringBuilder out = new StringBuilder("\"");
        text.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case 0x07 -> out.append("\\a");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case 0x0B -> out.append("\\v");
                default -> {
                    if (printable(c)) out.appendCodePoint(c);
                    else if (c < 0x20 || c == 0x7F) out.append(String.format("\\x%02x", c));
                    else if (c < 0x10000) out.append(String.format("\\u%04x", c));
                    else out.append(String.format("\\U%08x", c));
                }
            }
        });
        return out.append('"').toString();
    }

    private static boolean printable(int c) {
        if (c == ' ') return true;
        int type = Character.getType(c);
        return !(Character.isISOControl(c) || Character.isSpaceChar(c) || type == Character.UNASSIGNED
                || type == Character.FORMAT || type == Character.SURROGATE || type == Character.PRIVATE_USE);
    }

    static String withoutTypeWrappers(String consoleText) {
        String nulls = TYPED_NULL.matcher(consoleText).replaceAll("null");
        String opened = WRAPPER_OPEN.matcher(nulls).replaceAll("");
        return WRAPPER_CLOSE.matcher(opened).replaceAll("$1$2");
    }
}
