package dev.opsmith.format.terraform.plan;

import dev.opsmith.format.terraform.value.Origin;
import dev.opsmith.format.terraform.value.Value;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies a change's {@code after_unknown} and {@code after_sensitive} masks to its {@code after} value.
 * Terraform leaves attributes that are known only after apply out of {@code after} (or writes null there) and
 * flags them in {@code after_unknown}; they become unknown values whose reason names the attribute. Sensitive
 * attributes are written in clear in {@code after}; they are marked, so reports redact them.
 */
final class AfterValues {
    private AfterValues() {
    }

    /**
     * @param after     the planned value, or null when the key is not in {@code after}
     * @param unknown   the {@code after_unknown} mask at the same place, or null
     * @param sensitive the {@code after_sensitive} mask at the same place, or null
     * @param path      the attribute's address, for the unknown reason
     * @param origin    where to point for values that are not in {@code after}
     */
    static Value apply(Value after, Object unknown, Object sensitive, String path, Origin origin) {
        Value result;
        if (Boolean.TRUE.equals(unknown)) {
            result = Value.unknown(path + " is known only after apply");
            Origin at = after != null ? after.origin().orElse(origin) : origin;
            if (at != null) result = result.withOrigin(at);
        } else if (after == null) {
            return null;
        } else if (unknown == null && sensitive == null) {
            return after;
        } else if (after.isMap()) {
            result = applyToMap(after, asMap(unknown), asMap(sensitive), path);
        } else if (after.isList()) {
            result = applyToList(after, asList(unknown), asList(sensitive), path);
        } else {
            result = after;
        }
        return Boolean.TRUE.equals(sensitive) ? result.markSensitive() : result;
    }

    private static Value applyToMap(Value after, Map<String, Object> unknown, Map<String, Object> sensitive,
                                    String path) {
        Origin origin = after.origin().orElse(null);
        Map<String, Value> entries = new LinkedHashMap<>();
        after.entries().forEach((key, value) -> entries.put(key,
                apply(value, unknown.get(key), sensitive.get(key), path + "." + key, origin)));
        unknown.forEach((key, mask) -> {
            if (!entries.containsKey(key)) {
                Value value = apply(null, mask, sensitive.get(key), path + "." + key, origin);
                if (value != null) entries.put(key, value);
            }
        });
        Value map = Value.map(entries);
        return origin != null ? map.withOrigin(origin) : map;
    }

    private static Value applyToList(Value after, List<Object> unknown, List<Object> sensitive, String path) {
        Origin origin = after.origin().orElse(null);
        List<Value> afterItems = after.items();
        List<Value> items = new ArrayList<>();
        int size = Math.max(afterItems.size(), unknown.size());
        for (int i = 0; i < size; i++) {
            Value item = apply(i < afterItems.size() ? afterItems.get(i) : null, at(unknown, i), at(sensitive, i),
                    path + "[" + i + "]", origin);
            if (item != null) items.add(item);
        }
        Value list = Value.list(items);
        return origin != null ? list.withOrigin(origin) : list;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object mask) {
        return mask instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    @SuppressWarnings("unchecked")
    private static List<Object> asList(Object mask) {
        return mask instanceof List<?> list ? (List<Object>) list : List.of();
    }

    private static Object at(List<Object> mask, int index) {
        return index < mask.size() ? mask.get(index) : null;
    }
}
