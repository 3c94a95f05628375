package dev.opsmith.format.dockerfile;

import dev.opsmith.core.Span;

/**
 * A comment line ({@code #} first after optional whitespace), including comment lines inside a line continuation
 * and the directive lines themselves. Heredoc bodies hold no comments.
 *
 * @param text                the text after {@code #}, trimmed
 * @param span                the comment from {@code #} to the end of the line
 * @param looksLikeDirective  lexically {@code # syntax|escape|check = value}, wherever it is; compare with
 *                            {@link Dockerfile#directives()} or use {@link Dockerfile#misplacedDirectives()}
 */
public record Comment(String text, Span span, boolean looksLikeDirective) {
}
