package dev.opsmith.format.yaml;

import dev.opsmith.core.Span;

import java.util.Optional;

/**
 * A scalar with the value its consumer reads.
 *
 * @param value    the text as written, without quotes or block indentation
 * @param resolved Boolean, Long, Double, String, or null, by the document's schema (YAML 1.1 for Kubernetes)
 * @param plain    unquoted and not a block scalar (only plain scalars are resolved to non-strings)
 */
public record YamlScalar(String value, Object resolved, boolean plain, Span span, String pointer) implements YamlNode {

    @Override
    public Optional<String> text() {
        return resolved == null ? Optional.empty() : Optional.of(value);
    }

    @Override
    public Optional<Boolean> bool() {
        return resolved instanceof Boolean b ? Optional.of(b) : Optional.empty();
    }

    @Override
    public Optional<Long> integer() {
        return resolved instanceof Long l ? Optional.of(l) : Optional.empty();
    }

    @Override
    public boolean isNull() {
        return resolved == null;
    }
}
