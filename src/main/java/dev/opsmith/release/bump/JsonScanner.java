package dev.opsmith.release.bump;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A strict JSON (RFC 8259) reader that records where every value sits; see {@link JsonValue}. */
final class JsonScanner {
    private static final int MAX_DEPTH = 512;

    private final BuildFile file;
    private final String s;
    private int pos;

    private JsonScanner(BuildFile file) {
        this.file = file;
        this.s = file.text();
    }

    static JsonValue parse(BuildFile file) throws BumpException {
        JsonScanner scanner = new JsonScanner(file);
        if (scanner.s.startsWith("\uFEFF")) {
            scanner.pos = 1;
        }
        JsonValue value = scanner.value(0);
        scanner.skipWhitespace();
        if (scanner.pos < scanner.s.length()) {
            throw scanner.error("text after the end of the JSON document");
        }
        return value;
    }

    private JsonValue value(int depth) throws BumpException {
        if (depth > MAX_DEPTH) {
            throw error("nesting deeper than " + MAX_DEPTH);
        }
        skipWhitespace();
        if (pos >= s.length()) {
            throw error("unexpected end of file, a value was expected");
        }
        char c = s.charAt(pos);
        return switch (c) {
            case '{' -> object(depth);
            case '[' -> array(depth);
            case '"' -> string();
            default -> {
                if (c == '-' || (c >= '0' && c <= '9')) {
                    yield number();
                }
                for (String literal : new String[] {"true", "false", "null"}) {
                    if (s.startsWith(literal, pos)) {
                        int start = pos;
                        pos += literal.length();
                        yield new JsonValue(JsonValue.Kind.LITERAL, start, pos, literal, Map.of(), List.of());
                    }
                }
                throw error("unexpected character '" + c + "'");
            }
        };
    }

    private JsonValue object(int depth) throws BumpException {
        int start = pos++;
        Map<String, JsonValue> members = new LinkedHashMap<>();
        skipWhitespace();
        if (peek() == '}') {
            pos++;
            return new JsonValue(JsonValue.Kind.OBJECT, start, pos, "", members, List.of());
        }
        while (true) {
            skipWhitespace();
            if (peek() != '"') {
                throw error("expected a quoted key");
            }
            String key = string().text();
            skipWhitespace();
            expect(':');
            members.putIfAbsent(key, value(depth + 1));
            skipWhitespace();
            char c = peek();
            pos++;
            if (c == '}') {
                return new JsonValue(JsonValue.Kind.OBJECT, start, pos, "", members, List.of());
            }
            if (c != ',') {
                pos--;
                throw error("expected ',' or '}' in an object");
            }
        }
    }

    private JsonValue array(int depth) throws BumpException {
        int start = pos++;
        List<JsonValue> elements = new ArrayList<>();
        skipWhitespace();
        if (peek() == ']') {
            pos++;
            return new JsonValue(JsonValue.Kind.ARRAY, start, pos, "", Map.of(), elements);
        }
        while (true) {
            elements.add(value(depth + 1));
            skipWhitespace();
            char c = peek();
            pos++;
            if (c == ']') {
                return new JsonValue(JsonValue.Kind.ARRAY, start, pos, "", Map.of(), elements);
            }
            if (c != ',') {
                pos--;
                throw error("expected ',' or ']' in an array");
            }
        }
    }

    private JsonValue string() throws BumpException {
        int start = pos++;
        StringBuilder out = new StringBuilder();
        while (true) {
            if (pos >= s.length()) {
                pos = start;
                throw error("string is never closed");
            }
            char c = s.charAt(pos++);
            if (c == '"') {
                return new JsonValue(JsonValue.Kind.STRING, start, pos, out.toString(), Map.of(), List.of());
            }
            if (c < 0x20) {
                pos--;
                throw error("control character in a string (escape it)");
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char e = peek();
            pos++;
            switch (e) {
                case '"', '\\', '/' -> out.append(e);
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> {
                    if (pos + 4 > s.length()) {
                        throw error("incomplete \\u escape");
                    }
                    try {
                        out.append((char) Integer.parseInt(s.substring(pos, pos + 4), 16));
                    } catch (NumberFormatException ex) {
                        throw error("invalid \\u escape");
                    }
                    pos += 4;
                }
                default -> {
                    pos--;
                    throw error("invalid escape '\\" + e + "'");
                }
            }
        }
    }

    private JsonValue number() throws BumpException {
        int start = pos;
        if (peek() == '-') {
            pos++;
        }
        int digits = pos;
        while (pos < s.length() && "0123456789+-.eE".indexOf(s.charAt(pos)) >= 0) {
            pos++;
        }
        if (pos == digits) {
            throw error("a number needs digits");
        }
        return new JsonValue(JsonValue.Kind.NUMBER, start, pos, s.substring(start, pos), Map.of(), List.of());
    }

    private void expect(char c) throws BumpException {
        if (peek() != c) {
            throw error("expected '" + c + "'");
        }
        pos++;
    }

    private char peek() {
        return pos < s.length() ? s.charAt(pos) : '\0';
    }

    private void skipWhitespace() {
        while (pos < s.length()) {
            char c = s.charAt(pos);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            pos++;
        }
    }

    private BumpException error(String what) {
        return new BumpException(file.at(pos) + ": malformed JSON: " + what + "; fix the file so it is valid JSON");
    }
}
