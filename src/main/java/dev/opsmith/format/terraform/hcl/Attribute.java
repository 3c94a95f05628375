package dev.opsmith.format.terraform.hcl;

import dev.opsmith.core.Span;

/**
 * {@code name = expression}.
 *
 * @param name     the attribute name
 * @param nameSpan where the name is written
 * @param value    the expression, kept unevaluated
 * @param span     from the name to the end of the expression (the terminating newline excluded)
 */
public record Attribute(String name, Span nameSpan, Expression value, Span span) implements BodyItem {
}
