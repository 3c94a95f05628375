package dev.opsmith.format.terraform.plan;

import dev.opsmith.core.Span;

/**
 * A plan JSON that cannot be read: not valid JSON (often a truncated file), not a plan, a format version this
 * reader does not know, or larger than the plan size limit. The message says what is wrong and what to do; the
 * span says where (1:1 when the problem is the whole file).
 */
public final class PlanParseException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient Span span;

    public PlanParseException(String message, Span span) {
        super(message);
        this.span = span;
    }

    public Span span() {
        return span;
    }

    public int line() {
        return span.line();
    }

    public int column() {
        return span.column();
    }
}
