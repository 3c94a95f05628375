package dev.opsmith.rules.terraform.support;

import dev.opsmith.core.Span;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code Principal} or {@code NotPrincipal} element of a statement, by principal type ({@code AWS},
 * {@code Service}, {@code Federated}, {@code CanonicalUser}). {@code "Principal": "*"} is stored as
 * {@code {"AWS": ["*"]}}: IAM treats both as everyone, and so do the {@code aws_iam_policy_document} principals
 * {@code type = "*"}. AWS principals keep their written form (account id, account root ARN, role ARN).
 *
 * @param written        whether the element is in the statement
 * @param byType         the strings of each type, types as written (looked up without regard to case)
 * @param unknownReasons non-empty when the element itself (or its type map) is unknown
 * @param span           where the element's value is written
 */
public record PrincipalSet(boolean written, Map<String, PolicyStrings> byType, List<String> unknownReasons,
                           Span span) {

    public static final String AWS = "AWS";
    public static final String SERVICE = "Service";
    public static final String FEDERATED = "Federated";

    public PrincipalSet {
        byType = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byType));
        unknownReasons = List.copyOf(unknownReasons);
    }

    public static PrincipalSet absent(Span span) {
        return new PrincipalSet(false, Map.of(), List.of(), span);
    }

    /** The strings of one principal type; absent when the type is not named. */
    public PolicyStrings of(String type) {
        for (Map.Entry<String, PolicyStrings> e : byType.entrySet()) {
            if (e.getKey().equalsIgnoreCase(type)) return e.getValue();
        }
        return PolicyStrings.absent(span);
    }

    /** Whether the element names everyone ({@code "*"} or {@code {"AWS": "*"}}). */
    public Tri isWildcard() {
        if (!unknownReasons.isEmpty()) {
            Tri known = of(AWS).hasWildcard();
            return known.isYes() ? known : Tri.unknown(unknownReasons);
        }
        return of(AWS).hasWildcard();
    }

    /** Every reason something in the element is unknown. */
    public List<String> allUnknownReasons() {
        Set<String> reasons = new LinkedHashSet<>(unknownReasons);
        for (PolicyStrings strings : byType.values()) reasons.addAll(strings.allUnknownReasons());
        return new ArrayList<>(reasons);
    }
}
