package dev.opsmith.rules.terraform.support;

import dev.opsmith.core.Span;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A list-valued policy element ({@code Action}, {@code Resource}, the values of one principal type or of one
 * condition key), normalised to a list whether it was written as a single string or an array.
 *
 * @param written        whether the element is in the statement at all
 * @param items          the strings, each known or not
 * @param unknownReasons non-empty when the list itself is unknown (its length cannot be told): then there may be
 *                       strings beyond {@code items}
 * @param span           where the element's value is written
 */
public record PolicyStrings(boolean written, List<PolicyString> items, List<String> unknownReasons, Span span) {

    public PolicyStrings {
        items = List.copyOf(items);
        unknownReasons = List.copyOf(unknownReasons);
    }

    /** An element the statement does not write. */
    public static PolicyStrings absent(Span span) {
        return new PolicyStrings(false, List.of(), List.of(), span);
    }

    /** Whether every string is known and the list is complete. */
    public boolean isWhollyKnown() {
        return unknownReasons.isEmpty() && items.stream().allMatch(PolicyString::isKnown);
    }

    /** The reasons of the list and of every unknown string in it. */
    public List<String> allUnknownReasons() {
        Set<String> reasons = new LinkedHashSet<>(unknownReasons);
        for (PolicyString item : items) reasons.addAll(item.unknownReasons());
        return new ArrayList<>(reasons);
    }

    /**
     * Whether some string satisfies {@code test}: YES when a known one does, NO when every string is known and none
     * does (or the element is absent), otherwise unknown.
     */
    public Tri any(Predicate<String> test) {
        for (PolicyString item : items) {
            if (item.text().filter(test).isPresent()) return Tri.YES;
        }
        return isWhollyKnown() ? Tri.NO : Tri.unknown(allUnknownReasons());
    }

    /** The known strings satisfying {@code test}, in order. */
    public List<PolicyString> matching(Predicate<String> test) {
        return items.stream().filter(i -> i.text().filter(test).isPresent()).toList();
    }

    /** Whether the element contains the wildcard {@code "*"}. */
    public Tri hasWildcard() {
        return any("*"::equals);
    }

    /** The known texts, in order. */
    public List<String> texts() {
        return items.stream().flatMap(i -> i.text().stream()).toList();
    }
}
