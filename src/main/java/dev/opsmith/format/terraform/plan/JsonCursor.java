package dev.opsmith.format.terraform.plan;

import dev.opsmith.core.Span;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * A streaming JSON parser with the helpers the plan readers share: spans from token locations, expectations with
 * errors at the offending token, and skipping of whole values.
 */
final class JsonCursor {
    private final JsonParser parser;
    private final String file;

    JsonCursor(JsonParser parser, String file) {
        this.parser = parser;
        this.file = file;
    }

    String file() {
        return file;
    }

    JsonParser parser() {
        return parser;
    }

    /** Moves to the next token; null at the end of input. */
    JsonToken next() {
        return parser.nextToken();
    }

    JsonToken current() {
        return parser.currentToken();
    }

    /** Moves to the next token, which must exist: the end of input here means the file is cut short. */
    JsonToken nextRequired() throws PlanParseException {
        JsonToken token = parser.nextToken();
        if (token == null) throw truncated();
        return token;
    }

    /** Where the current token starts. */
    Position start() {
        TokenStreamLocation location = parser.currentTokenLocation();
        return new Position(location.getLineNr(), location.getColumnNr());
    }

    /** From {@code start} to where the parser stands now (just after the current token). */
    Span spanFrom(Position start) {
        TokenStreamLocation end = parser.currentLocation();
        return span(start, end.getLineNr(), end.getColumnNr());
    }

    /** The current token alone. */
    Span tokenSpan() {
        return spanFrom(start());
    }

    /** Skips the value at the current token (a whole object or array, or a scalar). */
    void skipValue() {
        parser.skipChildren();
    }

    /** The current token, which must be a string, as text. */
    String string(String what) throws PlanParseException {
        if (current() != JsonToken.VALUE_STRING) throw error("expected " + what + " as a JSON string");
        return parser.getString();
    }

    /** The current token, which must start an object. */
    void expectObject(String what) throws PlanParseException {
        if (current() != JsonToken.START_OBJECT) throw error("expected " + what + " as a JSON object");
    }

    /** The current token, which must start an array. */
    void expectArray(String what) throws PlanParseException {
        if (current() != JsonToken.START_ARRAY) throw error("expected " + what + " as a JSON array");
    }

    /**
     * Moves to the next property of the current object and then to its value; returns the property name, or null
     * at the end of the object.
     */
    String nextProperty() throws PlanParseException {
        JsonToken token = nextRequired();
        if (token == JsonToken.END_OBJECT) return null;
        String name = parser.currentName();
        nextRequired();
        return name;
    }

    /** Moves to the next item of the current array; false at its end. */
    boolean nextItem() throws PlanParseException {
        return nextRequired() != JsonToken.END_ARRAY;
    }

    PlanParseException error(String message) {
        return new PlanParseException(message + PlanMessages.REGENERATE, tokenSpan());
    }

    PlanParseException truncated() {
        TokenStreamLocation end = parser.currentLocation();
        return new PlanParseException(PlanMessages.TRUNCATED,
                span(new Position(end.getLineNr(), end.getColumnNr()), end.getLineNr(), end.getColumnNr()));
    }

    /** A span that is valid even when the parser reports an odd location (unknown line, end before start). */
    static Span span(Position start, int endLine, int endColumn) {
        int line = Math.max(1, start.line());
        int column = Math.max(1, start.column());
        if (endLine < line || (endLine == line && endColumn < column)) return Span.of(line, column, line, column);
        return Span.of(line, column, endLine, endColumn);
    }

    /** A line and column, 1-based, columns in UTF-16 chars. */
    record Position(int line, int column) {
    }
}
