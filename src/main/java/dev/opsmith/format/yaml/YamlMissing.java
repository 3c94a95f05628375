package dev.opsmith.format.yaml;

import dev.opsmith.core.Span;

/**
 * An absent node, or a step through something of the wrong shape. Its span is that of the nearest present
 * parent, so a rule that reports "missing" can still point somewhere sensible.
 */
public record YamlMissing(String pointer, Span span, Reason reason) implements YamlNode {
    public enum Reason { ABSENT, NOT_A_MAPPING, NOT_A_SEQUENCE }
}
