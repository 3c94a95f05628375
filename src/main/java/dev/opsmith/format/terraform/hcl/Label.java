package dev.opsmith.format.terraform.hcl;

import dev.opsmith.core.Span;

/**
 * A block label: {@code "aws_s3_bucket"} or a bare identifier.
 *
 * @param value  the label with escapes resolved
 * @param quoted whether it was written as a string literal
 * @param span   the label as written, quotes included
 */
public record Label(String value, boolean quoted, Span span) {
}
