package dev.opsmith.rules.terraform.support;

import dev.opsmith.core.Span;

import java.util.List;
import java.util.Optional;

/**
 * One string of a policy (an action, a resource ARN, a principal, a condition value, the effect): its text when
 * known, otherwise why it is not, and where it is written.
 *
 * @param text           the text; empty when unknown
 * @param unknownReasons why the text is unknown (each naming an unknown input); empty when known
 * @param span           where the string is written (see {@link PolicyDocuments} for how exact this is per form)
 */
public record PolicyString(Optional<String> text, List<String> unknownReasons, Span span) {

    public PolicyString {
        unknownReasons = List.copyOf(unknownReasons);
    }

    public static PolicyString known(String text, Span span) {
        return new PolicyString(Optional.of(text), List.of(), span);
    }

    public static PolicyString unknown(List<String> reasons, Span span) {
        return new PolicyString(Optional.empty(), reasons, span);
    }

    public boolean isKnown() {
        return text.isPresent();
    }

    /** Whether the known text equals {@code other} ignoring case; false when unknown. */
    public boolean is(String other) {
        return text.map(t -> t.equalsIgnoreCase(other)).orElse(false);
    }

    @Override
    public String toString() {
        return text.orElse("(unknown)");
    }
}
