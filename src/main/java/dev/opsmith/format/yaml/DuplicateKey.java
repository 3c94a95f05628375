package dev.opsmith.format.yaml;

import dev.opsmith.core.Span;

/** A key given twice in one mapping: the later value silently wins, which hides the earlier one from review. */
public record DuplicateKey(String key, String pointer, Span span, Span first) {
}
