package dev.opsmith.format.terraform.value;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A known map or object, in insertion order (the order of the plan file, or of the configuration), so output
 * that lists entries is deterministic.
 */
public final class MapValue extends Value {
    private final Map<String, Value> entries;

    MapValue(Map<String, Value> entries, boolean sensitive, Origin origin) {
        this(copy(entries), sensitive, origin, true);
    }

    /** Shares {@code entries}, which must already be an unmodifiable copy (marking a map copies nothing). */
    private MapValue(Map<String, Value> entries, boolean sensitive, Origin origin, boolean shared) {
        super(sensitive, origin);
        this.entries = entries;
    }

    private static Map<String, Value> copy(Map<String, Value> entries) {
        // Sized for the entries: plans hold millions of small maps.
        Map<String, Value> copy = new LinkedHashMap<>((int) (entries.size() / 0.75f) + 1);
        entries.forEach((key, value) -> copy.put(Objects.requireNonNull(key, "key"),
                Objects.requireNonNull(value, "value of " + key)));
        return Collections.unmodifiableMap(copy);
    }

    @Override
    Value withMarks(boolean sensitive, Origin origin) {
        return new MapValue(entries, sensitive, origin, true);
    }

    @Override
    public boolean isKnown() {
        return true;
    }

    @Override
    public boolean isMap() {
        return true;
    }

    @Override
    public boolean isWhollyKnown() {
        for (Value value : entries.values()) {
            if (!value.isWhollyKnown()) return false;
        }
        return true;
    }

    @Override
    void collectUnknownReasons(Set<String> into) {
        for (Value value : entries.values()) value.collectUnknownReasons(into);
    }

    @Override
    public Value get(String key) {
        Value value = entries.get(key);
        return value != null ? inherit(value) : super.get(key);
    }

    @Override
    public Map<String, Value> entries() {
        if (!isSensitive()) return entries;
        Map<String, Value> marked = new LinkedHashMap<>();
        entries.forEach((key, value) -> marked.put(key, value.markSensitive()));
        return Collections.unmodifiableMap(marked);
    }

    public boolean containsKey(String key) {
        return entries.containsKey(key);
    }

    @Override
    void collectSensitiveStrings(boolean underSensitive, Set<String> into) {
        for (Value value : entries.values()) value.collectSensitiveStrings(underSensitive || isSensitive(), into);
    }

    @Override
    String describe() {
        return "a map of " + entries.size();
    }

    @Override
    String render() {
        StringBuilder out = new StringBuilder("{");
        boolean first = true;
        for (Map.Entry<String, Value> entry : entries.entrySet()) {
            out.append(first ? "" : ", ").append(Quoting.key(entry.getKey())).append(" = ").append(entry.getValue());
            first = false;
        }
        return out.append('}').toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MapValue other && entries.equals(other.entries);
    }

    @Override
    public int hashCode() {
        return entries.hashCode();
    }
}
