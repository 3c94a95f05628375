package dev.opsmith.format.terraform.hcl;

import dev.opsmith.core.SourceFile;
import dev.opsmith.core.Span;

import java.util.ArrayList;
import java.util.List;

/**
 * A strict JSON reader (RFC 8259) that keeps the exact extent of every value and, for strings, the file offset of
 * each decoded character. HCL reads JSON strings as templates, so an error or a node inside {@code "${…}"} must
 * point into the string even when escapes come before it; general JSON libraries report only where a token
 * starts.
 */
final class JsonReader {
    private static final int MAX_DEPTH = 128;

    private final SourceFile file;
    private final String text;
    private int pos;
    private int depth;

    private JsonReader(SourceFile file) {
        this.file = file;
        this.text = file.text();
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') pos = 1;
    }

    /** A JSON value with its extent. */
    sealed interface Value {
        Span span();
    }

    record ObjectValue(List<Member> members, Span span) implements Value {
    }

    record Member(StringValue key, Value value) {
    }

    record ArrayValue(List<Value> elements, Span span) implements Value {
    }

    /**
     * @param origin file offset of each character of {@code value}, plus one entry for the closing quote
     */
    record StringValue(String value, int[] origin, Span span) implements Value {
    }

    record NumberValue(String text, Span span) implements Value {
    }

    /** {@code true}, {@code false} or {@code null}: {@code text} says which. */
    record LiteralValue(String text, Span span) implements Value {
    }

    /** Reads a file holding exactly one JSON value. */
    static Value read(SourceFile file) throws HclParseException {
        JsonReader reader = new JsonReader(file);
        Value value = reader.value();
        reader.skipWhitespace();
        if (reader.pos < reader.text.length()) {
            throw reader.error("expected the end of the JSON document, found " + reader.describeHere());
        }
        return value;
    }

    private Value value() throws HclParseException {
        skipWhitespace();
        if (pos >= text.length()) throw error("expected a JSON value, found end of file");
        char c = text.charAt(pos);
        return switch (c) {
            case '{' -> object();
            case '[' -> array();
            case '"' -> string();
            case 't' -> literal("true");
            case 'f' -> literal("false");
            case 'n' -> literal("null");
            default -> {
                if (c == '-' || (c >= '0' && c <= '9')) yield number();
                throw error("expected a JSON value, found " + describeHere());
            }
        };
    }

    private Value object() throws HclParseException {
        int start = pos++;
        nest();
        List<Member> members = new ArrayList<>();
        skipWhitespace();
        if (peekChar() == '}') {
            pos++;
        } else {
            while (true) {
                skipWhitespace();
                if (peekChar() != '"') throw error("expected a property name in double quotes, found " + describeHere());
                StringValue key = string();
                skipWhitespace();
                if (peekChar() != ':') throw error("expected ':' after the property name, found " + describeHere());
                pos++;
                members.add(new Member(key, value()));
                skipWhitespace();
                char c = peekChar();
                pos++;
                if (c == '}') break;
                if (c != ',') {
                    pos--;
                    throw error("expected ',' or '}' after a property, found " + describeHere());
                }
            }
        }
        depth--;
        return new ObjectValue(members, file.span(start, pos));
    }

    private Value array() throws HclParseException {
        int start = pos++;
        nest();
        List<Value> elements = new ArrayList<>();
        skipWhitespace();
        if (peekChar() == ']') {
            pos++;
        } else {
            while (true) {
                elements.add(value());
                skipWhitespace();
                char c = peekChar();
                pos++;
                if (c == ']') break;
                if (c != ',') {
                    pos--;
                    throw error("expected ',' or ']' after an array element, found " + describeHere());
                }
            }
        }
        depth--;
        return new ArrayValue(elements, file.span(start, pos));
    }

    private void nest() throws HclParseException {
        if (++depth > MAX_DEPTH) throw error("JSON nested too deeply: more than " + MAX_DEPTH + " levels");
    }

    private StringValue string() throws HclParseException {
        int start = pos++;
        StringBuilder value = new StringBuilder();
        List<Integer> origin = new ArrayList<>();
        while (true) {
            if (pos >= text.length()) throw error("unterminated JSON string: expected '\"', found end of file");
            char c = text.charAt(pos);
            if (c == '"') break;
            if (c < 0x20) throw error("control character in a JSON string: write it as an escape such as \\n");
            origin.add(pos);
            if (c != '\\') {
                value.append(c);
                pos++;
                continue;
            }
            char e = pos + 1 < text.length() ? text.charAt(pos + 1) : '\0';
            switch (e) {
                case '"', '\\', '/' -> value.append(e);
                case 'b' -> value.append('\b');
                case 'f' -> value.append('\f');
                case 'n' -> value.append('\n');
                case 'r' -> value.append('\r');
                case 't' -> value.append('\t');
                case 'u' -> {
                    int cp = hex4(pos + 2);
                    value.append((char) cp);
                    pos += 6;
                    continue;
                }
                default -> throw error("invalid escape in a JSON string: expected one of \\\" \\\\ \\/ \\b \\f \\n "
                        + "\\r \\t \\uNNNN");
            }
            pos += 2;
        }
        origin.add(pos);
        pos++;
        int[] offsets = origin.stream().mapToInt(Integer::intValue).toArray();
        return new StringValue(value.toString(), offsets, file.span(start, pos));
    }

    private int hex4(int from) throws HclParseException {
        if (from + 4 > text.length()) throw error("invalid \\u escape: expected four hexadecimal digits");
        int v = 0;
        for (int i = from; i < from + 4; i++) {
            int d = Character.digit(text.charAt(i), 16);
            if (d < 0) throw error("invalid \\u escape: expected four hexadecimal digits");
            v = v * 16 + d;
        }
        return v;
    }

    private Value number() throws HclParseException {
        int start = pos;
        if (peekChar() == '-') pos++;
        if (peekChar() == '0') {
            pos++;
        } else if (isDigit(peekChar())) {
            while (isDigit(peekChar())) pos++;
        } else {
            throw error("expected a digit in a JSON number, found " + describeHere());
        }
        if (peekChar() == '.') {
            pos++;
            if (!isDigit(peekChar())) throw error("expected a digit after '.' in a JSON number");
            while (isDigit(peekChar())) pos++;
        }
        if (peekChar() == 'e' || peekChar() == 'E') {
            pos++;
            if (peekChar() == '+' || peekChar() == '-') pos++;
            if (!isDigit(peekChar())) throw error("expected a digit in the exponent of a JSON number");
            while (isDigit(peekChar())) pos++;
        }
        return new NumberValue(text.substring(start, pos), file.span(start, pos));
    }

    private Value literal(String word) throws HclParseException {
        if (!text.startsWith(word, pos)) throw error("expected a JSON value, found " + describeHere());
        int start = pos;
        pos += word.length();
        return new LiteralValue(word, file.span(start, pos));
    }

    private void skipWhitespace() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') return;
            pos++;
        }
    }

    private char peekChar() {
        return pos < text.length() ? text.charAt(pos) : '\0';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private String describeHere() {
        if (pos >= text.length()) return "end of file";
        char c = text.charAt(pos);
        return c < 0x20 || Character.isSurrogate(c) ? String.format("character U+%04X", (int) c) : "'" + c + "'";
    }

    private HclParseException error(String message) {
        int p = Math.min(pos, text.length());
        return new HclParseException(message, file.span(p, Math.min(text.length(), p + 1)));
    }
}
