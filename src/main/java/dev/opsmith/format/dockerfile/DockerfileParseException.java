package dev.opsmith.format.dockerfile;

import dev.opsmith.core.Span;

/** Input that BuildKit would reject while parsing (unterminated heredoc, bare {@code FROM}, nameless flag, …). */
public final class DockerfileParseException extends Exception {
    private final Span span;

    public DockerfileParseException(String message, Span span) {
        super(message + " at " + span.line() + ":" + span.column());
        this.span = span;
    }

    /** Where the problem is. */
    public Span span() {
        return span;
    }

    /** The message without the position suffix. */
    public String reason() {
        String m = getMessage();
        int at = m.lastIndexOf(" at ");
        return at < 0 ? m : m.substring(0, at);
    }
}
