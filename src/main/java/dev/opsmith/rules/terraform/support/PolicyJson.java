package dev.opsmith.rules.terraform.support;

import dev.opsmith.core.Span;
import dev.opsmith.format.terraform.value.Origin;
import dev.opsmith.format.terraform.value.Value;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses the JSON text of a policy into a {@link Value} tree. When the text is written literally in the scanned
 * file (a plain {@code <<EOF} heredoc), every value gets an {@link Origin} at its exact place, by line arithmetic;
 * otherwise values carry no origin and the reader falls back to the attribute's span.
 *
 * <p>Strings holding an {@link #MARK unknown marker} stand for interpolations whose value is unknown: they become
 * unknown values with the interpolation's reasons.
 */
final class PolicyJson {
    /** Brackets the number of an unknown interpolation inside rendered template text. */
    static final char MARK = '\u2063';

    private static final JsonFactory JSON = JsonFactory.builder().build();

    /** The JSON text is not valid JSON; {@code line} and {@code column} are in the JSON text, 1-based. */
    static final class Invalid extends Exception {
        Invalid(String message) {
            super(message);
        }
    }

    private final String file;
    private final int firstLine;
    private final Map<String, List<String>> unknowns;

    /**
     * @param file      the file origins point into
     * @param firstLine the source line of the JSON text's first line, or 0 when positions cannot be mapped
     * @param unknowns  marker text → reasons, for rendered templates
     */
    PolicyJson(String file, int firstLine, Map<String, List<String>> unknowns) {
        this.file = file;
        this.firstLine = firstLine;
        this.unknowns = unknowns;
    }

    static String marker(int index) {
        return MARK + "opsmith-unknown-" + index + MARK;
    }

    Value parse(String text) throws Invalid {
        try (JsonParser parser = JSON.createParser(ObjectReadContext.empty(), text)) {
            JsonToken token = parser.nextToken();
            if (token == null) throw new Invalid("the policy is empty");
            Value value = read(parser);
            if (parser.nextToken() != null) throw new Invalid(where(parser) + "text after the end of the policy");
            return value;
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            String place = at == null || at.getLineNr() < 1 ? "" : "line " + at.getLineNr() + ", column "
                    + at.getColumnNr() + ": ";
            throw new Invalid(place + e.getOriginalMessage());
        }
    }

    private Value read(JsonParser parser) throws Invalid {
        TokenStreamLocation start = parser.currentTokenLocation();
        Value value = switch (parser.currentToken()) {
            case START_OBJECT -> {
                Map<String, Value> entries = new LinkedHashMap<>();
                while (parser.nextToken() != JsonToken.END_OBJECT) {
                    String name = parser.currentName();
                    parser.nextToken();
                    entries.put(name, read(parser));
                }
                yield Value.map(entries);
            }
            case START_ARRAY -> {
                List<Value> items = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) items.add(read(parser));
                yield Value.list(items);
            }
            case VALUE_STRING -> string(parser.getString());
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> Value.of(parser.getDecimalValue());
            case VALUE_TRUE -> Value.of(true);
            case VALUE_FALSE -> Value.of(false);
            case VALUE_NULL -> Value.nullValue();
            default -> throw new Invalid(where(parser) + "unexpected " + parser.currentToken());
        };
        if (firstLine < 1 || value.isUnknown()) return value;
        TokenStreamLocation end = parser.currentLocation();
        int line = firstLine + start.getLineNr() - 1;
        int endLine = firstLine + end.getLineNr() - 1;
        if (start.getLineNr() < 1 || endLine < line || (endLine == line && end.getColumnNr() < start.getColumnNr())) {
            return value;
        }
        return value.withOrigin(new Origin(file, Span.of(line, start.getColumnNr(), endLine, end.getColumnNr())));
    }

    private Value string(String text) {
        if (text.indexOf(MARK) < 0) return Value.of(text);
        List<String> reasons = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : unknowns.entrySet()) {
            if (text.contains(e.getKey())) reasons.addAll(e.getValue());
        }
        return Value.unknown(reasons.toArray(String[]::new));
    }

    private static String where(JsonParser parser) {
        TokenStreamLocation at = parser.currentTokenLocation();
        return "line " + at.getLineNr() + ", column " + at.getColumnNr() + ": ";
    }
}
