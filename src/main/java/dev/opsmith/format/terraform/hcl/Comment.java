package dev.opsmith.format.terraform.hcl;

import dev.opsmith.core.Span;

/**
 * A comment of a native-syntax file. Comments carry suppressions ({@code # opsmith:ignore=ID},
 * {@code #checkov:skip=…}, {@code #tfsec:ignore:…}), so the parser keeps them beside the tree.
 *
 * @param style how the comment was written
 * @param text  the comment without its markers ({@code #}, {@code //}, {@code /*}, {@code *}{@code /}) and
 *              without the line terminator
 * @param span  the whole comment, markers included, line terminator excluded
 */
public record Comment(Style style, String text, Span span) {

    /** The three comment forms of the native syntax. */
    public enum Style {
        /** {@code # …} up to the end of the line. */
        HASH,
        /** {@code // …} up to the end of the line. */
        SLASHES,
        /** {@code /* … *}{@code /}, possibly over several lines. */
        BLOCK
    }
}
