package dev.opsmith.format.terraform.hcl;

import dev.opsmith.core.Span;

/**
 * Input that Terraform would reject while parsing: the position and what was expected there.
 * The parser reports only the first problem of a file, because everything after a syntax error is guesswork.
 */
public final class HclParseException extends Exception {
    private final Span span;
    private final String reason;

    public HclParseException(String reason, Span span) {
        super(reason + " at " + span.line() + ":" + span.column());
        this.span = span;
        this.reason = reason;
    }

    /** Where the problem is. */
    public Span span() {
        return span;
    }

    /** The message without the position suffix. */
    public String reason() {
        return reason;
    }
}
