package dev.opsmith.format.dockerfile;

import dev.opsmith.core.Span;

/**
 * A parser directive ({@code # syntax=…}, {@code # escape=…}, {@code # check=…}) from the leading comment block.
 *
 * @param name  lower-case directive name
 * @param value the value, trimmed
 * @param span  the whole comment line
 */
public record Directive(String name, String value, Span span) {
}
