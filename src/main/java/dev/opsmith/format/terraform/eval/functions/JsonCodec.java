package dev.opsmith.format.terraform.eval.functions;

import dev.opsmith.format.terraform.value.Value;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * JSON as Terraform's {@code jsonencode} writes it and {@code jsondecode} reads it. The output must match
 * Terraform byte for byte, because policies and tags built with it are compared as text: no whitespace, object
 * keys sorted, numbers in plain decimal, and strings escaped as Go's encoder escapes them (including
 * {@code <}, {@code >}, {@code &}, U+2028 and U+2029 as {@code \}{@code u} escapes).
 */
final class JsonCodec {
    private JsonCodec() {
    }

    static String encode(Value value) {
        StringBuilder out = new StringBuilder();
        encode(value, out);
        return out.toString();
    }

    private static void encode(Value value, StringBuilder out) {
        if (value.isNull() || value.isAbsent()) {
            out.append("null");
        } else if (value.string().isPresent()) {
            quote(value.string().get(), out);
        } else if (value.number().isPresent()) {
            out.append(Conversions.numberText(value.number().get()));
        } else if (value.bool().isPresent()) {
            out.append(value.bool().get());
        } else if (value.isList()) {
            out.append('[');
            List<Value> items = value.items();
            for (int i = 0; i < items.size(); i++) {
                if (i > 0) out.append(',');
                encode(items.get(i), out);
            }
            out.append(']');
        } else if (value.isMap()) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<String, Value> entry : new TreeMap<>(value.entries()).entrySet()) {
                if (!first) out.append(',');
                quote(entry.getKey(), out);
                out.append(':');
                encode(entry.getValue(), out);
                first = false;
            }
            out.append('}');
        } else {
            throw new FunctionException("Call to function \"jsonencode\" failed: value is not known.");
        }
    }

    /** A JSON string literal as Go's encoding/json writes it. */
    static void quote(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '<', '>', '&', '\u2028', '\u2029' -> out.append(String.format("\\u%04x", (int) c));
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else if (Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1)))
                            && !(Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1)))) {
                        out.append("\\ufffd");
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    /** Parses JSON text into a value; objects come back with keys sorted, as Terraform's objects are. */
    static Value decode(String text) {
        Parser parser = new Parser(text);
        parser.skipSpace();
        Value value = parser.value(0);
        parser.skipSpace();
        if (parser.pos < text.length()) throw parser.error("extra characters after the JSON value");
        return value;
    }

    /** A small strict JSON parser (RFC 8259), with positions in its messages. */
    private static final class Parser {
        private static final int MAX_DEPTH = 512;
        private final String in;
        private int pos;

        Parser(String in) {
            this.in = in;
        }

        FunctionException error(String message) {
            int line = 1;
            int column = 1;
            for (int i = 0; i < Math.min(pos, in.length()); i++) {
                if (in.charAt(i) == '\n') {
                    line++;
                    column = 1;
                } else {
                    column++;
                }
            }
            return new FunctionException("Invalid value for \"str\" parameter: " + message + " at line " + line
                    + ", column " + column + ".");
        }

        void skipSpace() {
            while (pos < in.length() && " \t\r\n".indexOf(in.charAt(pos)) >= 0) pos++;
        }

        Value value(int depth) {
            if (depth > MAX_DEPTH) throw error("JSON nested too deeply");
            if (pos >= in.length()) throw error("unexpected end of JSON input");
            char c = in.charAt(pos);
            return switch (c) {
                case '{' -> object(depth);
                case '[' -> array(depth);
                case '"' -> Value.of(string());
                case 't' -> literal("true", Value.of(true));
                case 'f' -> literal("false", Value.of(false));
                case 'n' -> literal("null", Value.nullValue());
                default -> {
                    if (c == '-' || c >= '0' && c <= '9') yield number();
                    throw error("invalid character '" + c + "' looking for beginning of value");
                }
            };
        }

        private Value literal(String word, Value value) {
            if (!in.startsWith(word, pos)) throw error("invalid literal, expected " + word);
            pos += word.length();
            return value;
        }

        private Value number() {
            int start = pos;
            if (in.charAt(pos) == '-') pos++;
            if (pos < in.length() && in.charAt(pos) == '0') {
                pos++;
            } else {
                digits();
            }
            if (pos < in.length() && in.charAt(pos) == '.') {
                pos++;
                digits();
            }
            if (pos < in.length() && (in.charAt(pos) == 'e' || in.charAt(pos) == 'E')) {
                pos++;
                if (pos < in.length() && (in.charAt(pos) == '+' || in.charAt(pos) == '-')) pos++;
                digits();
            }
            return Value.of(new BigDecimal(in.substring(start, pos)));
        }

        private void digits() {
            int start = pos;
            while (pos < in.length() && Character.isDigit(in.charAt(pos)) && in.charAt(pos) < 0x80) pos++;
            if (pos == start) throw error("invalid number");
        }

        private String string() {
            pos++;
            StringBuilder out = new StringBuilder();
            while (true) {
                if (pos >= in.length()) throw error("unterminated string");
                char c = in.charAt(pos++);
                if (c == '"') return out.toString();
                if (c < 0x20) throw error("invalid control character in string");
                if (c != '\\') {
                    out.append(c);
                    continue;
                }
                if (pos >= in.length()) throw error("unterminated string");
                char e = in.charAt(pos++);
                switch (e) {
                    case '"', '\\', '/' -> out.append(e);
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case 'n' -> out.append('\n');
                    case 'r' -> out.append('\r');
                    case 't' -> out.append('\t');
                    case 'u' -> {
                        if (pos + 4 > in.length() || !in.substring(pos, pos + 4).matches("[0-9a-fA-F]{4}")) {
                            throw error("invalid \\u escape");
                        }
                        out.append((char) Integer.parseInt(in.substring(pos, pos + 4), 16));
                        pos += 4;
                    }
                    default -> throw error("invalid escape \\" + e);
                }
            }
        }

        private Value array(int depth) {
            pos++;
            List<Value> items = new ArrayList<>();
            skipSpace();
            if (pos < in.length() && in.charAt(pos) == ']') {
                pos++;
                return Value.list(items);
            }
            while (true) {
                skipSpace();
                items.add(value(depth + 1));
                skipSpace();
                if (pos >= in.length()) throw error("unexpected end of JSON input");
                char c = in.charAt(pos++);
                if (c == ']') return Value.list(items);
                if (c != ',') throw error("expected , or ] in array");
            }
        }

        private Value object(int depth) {
            pos++;
            Map<String, Value> entries = new TreeMap<>();
            skipSpace();
            if (pos < in.length() && in.charAt(pos) == '}') {
                pos++;
                return Value.map(entries);
            }
            while (true) {
                skipSpace();
                if (pos >= in.length() || in.charAt(pos) != '"') throw error("expected a string key in object");
                String key = string();
                skipSpace();
                if (pos >= in.length() || in.charAt(pos) != ':') throw error("expected : after object key");
                pos++;
                skipSpace();
                entries.put(key, value(depth + 1));
                skipSpace();
                if (pos >= in.length()) throw error("unexpected end of JSON input");
                char c = in.charAt(pos++);
                if (c == '}') return Value.map(entries);
                if (c != ',') throw error("expected , or } in object");
            }
        }
    }
}
