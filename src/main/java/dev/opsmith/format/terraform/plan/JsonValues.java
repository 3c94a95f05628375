package dev.opsmith.format.terraform.plan;

import dev.opsmith.format.terraform.value.Origin;
import dev.opsmith.format.terraform.value.Value;
import tools.jackson.core.JsonToken;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads plan JSON values: {@code after} as {@link Value}s that know where they are in the plan file, and the
 * {@code after_unknown} / {@code after_sensitive} masks as plain trees ({@code Boolean.TRUE}, maps, lists; false
 * and empty parts as null).
 */
final class JsonValues {
    private JsonValues() {
    }

    /** The value starting at the current token, with its origin in the plan file. */
    static Value read(JsonCursor cursor) throws PlanParseException {
        JsonCursor.Position start = cursor.start();
        JsonToken token = cursor.current();
        Value value = switch (token) {
            case START_OBJECT -> {
                Map<String, Value> entries = new LinkedHashMap<>();
                String name;
                while ((name = cursor.nextProperty()) != null) entries.put(name, read(cursor));
                yield Value.map(entries);
            }
            case START_ARRAY -> {
                List<Value> items = new ArrayList<>();
                while (cursor.nextItem()) items.add(read(cursor));
                yield Value.list(items);
            }
            case VALUE_STRING -> Value.of(cursor.parser().getString());
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> Value.of(cursor.parser().getDecimalValue());
            case VALUE_TRUE -> Value.of(true);
            case VALUE_FALSE -> Value.of(false);
            case VALUE_NULL -> Value.nullValue();
            default -> throw cursor.error("expected a JSON value, found " + token);
        };
        return value.withOrigin(new Origin(cursor.file(), cursor.spanFrom(start)));
    }

    /** The mask starting at the current token: true, a map or list of masks, or null for false and the like. */
    static Object readMask(JsonCursor cursor) throws PlanParseException {
        JsonToken token = cursor.current();
        switch (token) {
            case VALUE_TRUE:
                return Boolean.TRUE;
            case START_OBJECT: {
                Map<String, Object> entries = new LinkedHashMap<>();
                String name;
                while ((name = cursor.nextProperty()) != null) {
                    Object mask = readMask(cursor);
                    if (mask != null) entries.put(name, mask);
                }
                return entries.isEmpty() ? null : entries;
            }
            case START_ARRAY: {
                List<Object> items = new ArrayList<>();
                boolean any = false;
                while (cursor.nextItem()) {
                    Object mask = readMask(cursor);
                    items.add(mask);
                    any |= mask != null;
                }
                return any ? items : null;
            }
            default:
                cursor.skipValue();
                return null;
        }
    }
}
