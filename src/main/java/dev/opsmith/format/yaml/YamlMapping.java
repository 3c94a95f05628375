package dev.opsmith.format.yaml;

import dev.opsmith.core.Span;

import java.util.List;

/** A mapping; with duplicate keys, the last value wins (as Kubernetes' decoder does), and the duplicate is recorded. */
public record YamlMapping(List<YamlEntry> entries, Span span, String pointer) implements YamlNode {
    public YamlMapping {
        entries = List.copyOf(entries);
    }

    @Override
    public YamlNode get(String key) {
        for (int i = entries.size() - 1; i >= 0; i--) {
            YamlEntry e = entries.get(i);
            if (e.key().value().equals(key)) return e.value();
        }
        return new YamlMissing(pointer + "/" + YamlPointers.escape(key), span, YamlMissing.Reason.ABSENT);
    }

    /** The entry of a key (for reporting on the whole {@code key: value}); null when absent. */
    public YamlEntry entry(String key) {
        for (int i = entries.size() - 1; i >= 0; i--) {
            if (entries.get(i).key().value().equals(key)) return entries.get(i);
        }
        return null;
    }

    public boolean has(String key) {
        return entry(key) != null;
    }
}
