package dev.opsmith.release.bump;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A JSON value with its character range in the file, so a string can be replaced in place without reserialising
 * (which would reorder keys, change indentation or escape differently).
 *
 * @param start offset of the first character (the opening quote of a string)
 * @param end offset after the last character (after the closing quote of a string)
 * @param text a string's decoded value; the raw text of a number or literal; empty for containers
 * @param members an object's members in file order (the first of duplicate keys wins); empty otherwise
 * @param elements an array's elements; empty otherwise
 */
record JsonValue(Kind kind, int start, int end, String text, Map<String, JsonValue> members, List<JsonValue> elements) {

    enum Kind { OBJECT, ARRAY, STRING, NUMBER, LITERAL }

    JsonValue {
        members = new LinkedHashMap<>(members);
    }

    Optional<JsonValue> member(String key) {
        return kind == Kind.OBJECT ? Optional.ofNullable(members.get(key)) : Optional.empty();
    }

    /** A member that is a string. */
    Optional<JsonValue> string(String key) {
        return member(key).filter(v -> v.kind == Kind.STRING);
    }

    boolean isObject() {
        return kind == Kind.OBJECT;
    }

    /** Offset of a string's first content character. */
    int contentStart() {
        return start + 1;
    }

    /** Offset just after a string's last content character. */
    int contentEnd() {
        return end - 1;
    }
}
