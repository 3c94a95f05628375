package dev.opsmith.format.compose;

import dev.opsmith.core.Span;

/** A Compose file that is not valid YAML or not a Compose mapping. */
public final class ComposeParseException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient Span span;

    public ComposeParseException(String message, Span span) {
        super(message);
        this.span = span;
    }

    public Span span() {
        return span;
    }
}
