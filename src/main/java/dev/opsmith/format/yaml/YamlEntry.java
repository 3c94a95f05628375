package dev.opsmith.format.yaml;

import dev.opsmith.core.Span;

/** A key and its value in a mapping. */
public record YamlEntry(YamlScalar key, YamlNode value) {
    /** From the key to the end of the value: the whole {@code key: value} line(s). */
    public Span span() {
        return key.span().union(value.span());
    }
}
