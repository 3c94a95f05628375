package dev.opsmith.format.terraform.eval.functions;

import dev.opsmith.format.terraform.value.Value;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** JSON, YAML, base64, URL and CSV encoding functions. */
final class EncodingFunctions {
    private EncodingFunctions() {
    }

    static List<FunctionSpec> specs() {
        return List.of(
                FunctionSpec.of("jsonencode", a -> Value.of(JsonCodec.encode(a.get(0))), "val").withNulls(),
                FunctionSpec.of("jsondecode", a -> JsonCodec.decode(a.string(0)), "str"),
                FunctionSpec.of("yamlencode", a -> Value.of(YamlCodec.encode(a.get(0))), "value").withNulls(),
                FunctionSpec.of("yamldecode", a -> YamlCodec.decode(a.string(0)), "src"),
                FunctionSpec.of("base64encode", a -> Value.of(Base64.getEncoder().encodeToString(
                        a.string(0).getBytes(StandardCharsets.UTF_8))), "str"),
                FunctionSpec.of("base64decode", EncodingFunctions::base64decode, "str"),
                FunctionSpec.of("urlencode", a -> Value.of(urlEncode(a.string(0))), "str"),
                FunctionSpec.of("csvdecode", a -> CsvReader.decode(a, a.string(0)), "str"),
                FunctionSpec.of("textencodebase64", EncodingFunctions::textEncodeBase64, "string", "encoding_name"),
                FunctionSpec.of("textdecodebase64", EncodingFunctions::textDecodeBase64, "source", "encoding_name"),
                FunctionSpec.of("base64gzip", a -> Value.unknown("base64gzip() output depends on Go's gzip compressor,"
                        + " which opsmith cannot reproduce byte for byte"), "str"));
    }

    private static java.nio.charset.Charset charset(Arguments a, int index) {
        String name = a.string(index);
        try {
            return java.nio.charset.Charset.forName(name);
        } catch (IllegalArgumentException e) {
            throw a.invalid(index, "\"" + name + "\" is not a supported IANA encoding name or alias in this Terraform version");
        }
    }

    private static Value textEncodeBase64(Arguments a) {
        java.nio.charset.Charset charset = charset(a, 1);
        java.nio.charset.CharsetEncoder encoder = charset.newEncoder().onUnmappableCharacter(CodingErrorAction.REPORT)
                .onMalformedInput(CodingErrorAction.REPORT);
        try {
            ByteBuffer bytes = encoder.encode(java.nio.CharBuffer.wrap(a.string(0)));
            byte[] out = new byte[bytes.remaining()];
            bytes.get(out);
            return Value.of(Base64.getEncoder().encodeToString(out));
        } catch (CharacterCodingException e) {
            throw a.invalid(0, "the given string contains characters that cannot be represented in " + a.string(1));
        }
    }

    private static Value textDecodeBase64(Arguments a) {
        java.nio.charset.Charset charset = charset(a, 1);
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(a.string(0));
        } catch (IllegalArgumentException e) {
            throw a.invalid(0, "the given value is not valid base64");
        }
        try {
            return Value.of(charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            throw a.invalid(0, "the given value is has an invalid " + a.string(1) + " byte sequence");
        }
    }

    private static Value base64decode(Arguments a) {
        String text = a.string(0);
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw a.failed("failed to decode base64 data " + (text.length() > 40 ? "(" + text.length() + " characters)" : "\"" + text + "\""));
        }
        return Value.of(utf8(a, bytes, "the result of decoding the provided string is not valid UTF-8"));
    }

    /** The bytes as UTF-8 text; an error naming {@code problem} when they are not valid UTF-8. */
    static String utf8(Arguments a, byte[] bytes, String problem) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw a.failed(problem);
        }
    }

    /** Go's QueryEscape: unreserved characters kept, space as {@code +}, every other byte as {@code %XX}. */
    static String urlEncode(String text) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c == '.' || c == '~') {
                out.append((char) c);
            } else if (c == ' ') {
                out.append('+');
            } else {
                out.append('%').append(String.format("%02X", c));
            }
        }
        return out.toString();
    }

    /** RFC 4180 CSV: the first row names the columns, each later row becomes a map. */
    static final class CsvReader {
        private final Arguments args;
        private final String text;
        private int pos;
        private int line = 1;

        private CsvReader(Arguments args, String text) {
            this.args = args;
            this.text = text;
        }

        static Value decode(Arguments a, String text) {
            CsvReader reader = new CsvReader(a, text);
            List<List<String>> rows = new ArrayList<>();
            while (reader.pos < text.length()) {
                List<String> row = reader.row();
                if (!(row.size() == 1 && row.get(0).isEmpty())) rows.add(row);
            }
            if (rows.isEmpty()) throw a.failed("missing header line");
            List<String> header = rows.get(0);
            List<Value> out = new ArrayList<>();
            for (int r = 1; r < rows.size(); r++) {
                List<String> row = rows.get(r);
                if (row.size() != header.size()) {
                    throw a.failed("record on line " + (r + 1) + ": wrong number of fields");
                }
                Map<String, Value> entries = new LinkedHashMap<>();
                for (int c = 0; c < header.size(); c++) entries.put(header.get(c), Value.of(row.get(c)));
                out.add(Conversions.sortedMap(entries));
            }
            return Value.list(out);
        }

        private List<String> row() {
            List<String> fields = new ArrayList<>();
            while (true) {
                fields.add(field());
                if (pos >= text.length()) return fields;
                char c = text.charAt(pos);
                if (c == ',') {
                    pos++;
                    continue;
                }
                if (c == '\r' && pos + 1 < text.length() && text.charAt(pos + 1) == '\n') pos++;
                pos++;
                line++;
                return fields;
            }
        }

        private String field() {
            StringBuilder out = new StringBuilder();
            if (pos < text.length() && text.charAt(pos) == '"') {
                int startLine = line;
                pos++;
                while (true) {
                    if (pos >= text.length()) throw args.failed("parse error on line " + startLine + ": extraneous or missing \" in quoted-field");
                    char c = text.charAt(pos++);
                    if (c == '"') {
                        if (pos < text.length() && text.charAt(pos) == '"') {
                            out.append('"');
                            pos++;
                            continue;
                        }
                        if (pos < text.length() && ",\r\n".indexOf(text.charAt(pos)) < 0) {
                            throw args.failed("parse error on line " + line + ": extraneous or missing \" in quoted-field");
                        }
                        return out.toString();
                    }
                    if (c == '\n') line++;
                    out.append(c);
                }
            }
            while (pos < text.length() && ",\r\n".indexOf(text.charAt(pos)) < 0) {
                char c = text.charAt(pos++);
                if (c == '"') throw args.failed("parse error on line " + line + ": bare \" in non-quoted-field");
                out.append(c);
            }
            return out.toString();
        }
    }
}
