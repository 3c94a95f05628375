package dev.opsmith.rules.terraform.support;

import dev.opsmith.core.Span;

import java.util.Locale;

/**
 * One condition of a statement: operator, key and values ({@code "StringLike": {"token.actions...:sub": [...]}},
 * or a {@code condition { test variable values }} block).
 *
 * @param operator the operator as written, qualifiers kept ({@code ForAnyValue:StringLike},
 *                 {@code StringEqualsIfExists})
 * @param key      the condition key as written (keys are compared without regard to case)
 * @param values   the values
 * @param span     where the condition is written
 */
public record PolicyCondition(String operator, String key, PolicyStrings values, Span span) {

    /** The operator without a {@code ForAnyValue:}/{@code ForAllValues:} qualifier or an {@code IfExists} suffix. */
    public String baseOperator() {
        String op = operator;
        int colon = op.indexOf(':');
        if (colon >= 0) op = op.substring(colon + 1);
        if (op.endsWith("IfExists")) op = op.substring(0, op.length() - "IfExists".length());
        return op;
    }

    /** Whether the operator ends in {@code IfExists}: a request without the key then satisfies the condition. */
    public boolean ifExists() {
        return operator.endsWith("IfExists");
    }

    /** Whether this condition is on {@code otherKey}, compared without regard to case. */
    public boolean isOn(String otherKey) {
        return key.toLowerCase(Locale.ROOT).equals(otherKey.toLowerCase(Locale.ROOT));
    }
}
