package dev.opsmith.format.dockerfile;

import dev.opsmith.core.Span;

/**
 * One {@code key=value} of ENV, ARG or LABEL (also the legacy {@code ENV key value} form).
 *
 * @param key       the key, unquoted
 * @param value     the value, unquoted and escapes processed, variables not expanded; null for {@code ARG NAME}
 * @param span      the whole pair
 * @param keySpan   the key
 * @param valueSpan the value; null when {@code value} is null; a point after {@code =} for an empty value
 */
public record KeyValue(String key, String value, Span span, Span keySpan, Span valueSpan) {
}
