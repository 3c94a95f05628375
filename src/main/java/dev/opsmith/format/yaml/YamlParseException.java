package dev.opsmith.format.yaml;

import dev.opsmith.core.Span;

/** YAML that cannot be read, or that exceeds the alias and nesting limits. */
public final class YamlParseException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient Span span;

    public YamlParseException(String message, Span span) {
        super(message);
        this.span = span;
    }

    public Span span() {
        return span;
    }
}
