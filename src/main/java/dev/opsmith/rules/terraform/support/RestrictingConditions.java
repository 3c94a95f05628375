package dev.opsmith.rules.terraform.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a statement's conditions limit a wildcard principal to a known set of callers, the one answer every
 * "public policy" rule uses so that they agree. A condition narrows when its key identifies the caller or its
 * origin ({@code aws:SourceArn}, {@code aws:PrincipalOrgID}, {@code aws:SourceVpce}, …), its operator is a
 * positive match ({@code StringEquals}, {@code StringLike}, {@code ArnEquals}, {@code ArnLike}, {@code IpAddress},
 * with their set qualifiers) and not every value is {@code *}. An {@code …IfExists} operator is satisfied by a request
 * that lacks the key, so it narrows only for keys every request carries ({@code aws:PrincipalAccount},
 * {@code aws:PrincipalArn}). Transport and MFA keys say nothing about who calls.
 */
public final class RestrictingConditions {

    private static final Set<String> KEYS = Set.of("aws:sourcearn", "aws:sourceaccount", "aws:sourceowner",
            "aws:sourcevpc", "aws:sourcevpce", "aws:sourceip", "aws:principalorgid", "aws:principalorgpaths",
            "aws:principalaccount", "aws:principalarn", "aws:sourceorgid", "aws:calledvia", "kms:calleraccount",
            "kms:viaservice", "s3:dataaccesspointaccount");
    private static final Set<String> ALWAYS_PRESENT = Set.of("aws:principalaccount", "aws:principalarn");
    private static final Set<String> POSITIVE = Set.of("StringEquals", "StringLike", "ArnEquals", "ArnLike",
            "IpAddress");

    private RestrictingConditions() {
    }

    /** YES when some condition narrows the statement's principal; unknown when that depends on unknown values. */
    public static Tri narrowsPrincipal(PolicyStatement statement) {
        List<Tri> answers = new ArrayList<>();
        for (PolicyCondition c : statement.conditions()) answers.add(narrows(c));
        if (!statement.conditionUnknownReasons().isEmpty()) {
            answers.add(Tri.unknown(statement.conditionUnknownReasons()));
        }
        return Tri.any(answers);
    }

    /** Whether one condition narrows the principal. */
    public static Tri narrows(PolicyCondition c) {
        String key = c.key().toLowerCase(Locale.ROOT);
        if (!KEYS.contains(key) || !POSITIVE.contains(c.baseOperator())) return Tri.NO;
        if (c.ifExists() && !ALWAYS_PRESENT.contains(key)) return Tri.NO;
        if (!c.values().written()) return Tri.NO;
        return c.values().any(v -> !v.isEmpty() && !v.equals("*"));
    }
}
