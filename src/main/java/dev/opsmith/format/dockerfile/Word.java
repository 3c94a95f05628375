package dev.opsmith.format.dockerfile;

import dev.opsmith.core.Span;

/**
 * One word: an exec-form (JSON) element, or a shell-style word with quotes removed and escapes processed.
 * Variables, {@code $(…)} and backticks are kept as written in {@code value}.
 *
 * @param value unquoted value
 * @param raw   the word as written (continuations removed)
 * @param span  exact position in the file (across line continuations)
 */
public record Word(String value, String raw, Span span) {

    /** True when the raw text has a quote character (single, double or {@code $'…'}). */
    public boolean quoted() {
        return raw.indexOf('"') >= 0 || raw.indexOf('\'') >= 0;
    }

    /** True when the raw text has an unescaped {@code $} or a backtick outside single quotes (variable or command substitution). */
    public boolean hasExpansion() {
        boolean single = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\\' && !single) {
                i++;
            } else if (c == '\'') {
                single = !single;
            } else if (!single && (c == '`' || (c == '$' && i + 1 < raw.length() && raw.charAt(i + 1) != '\''))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return value;
    }
}
