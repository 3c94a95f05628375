package dev.opsmith.format.terraform.value;

import dev.opsmith.core.Span;

import java.util.Objects;

/**
 * Where a value was written: a file (relative to the scan root, forward slashes) and the span of the text that
 * produced it. A value read from a plan points into the plan JSON; a value computed from HCL points at the
 * expression. Findings use it when the value itself is what is wrong.
 */
public record Origin(String file, Span span) {

    public Origin {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(span, "span");
    }

    @Override
    public String toString() {
        return file + ":" + span.line() + ":" + span.column();
    }
}
