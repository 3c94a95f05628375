package dev.opsmith.format.terraform.hcl;

import dev.opsmith.core.Span;

import java.util.List;

/**
 * {@code type "label" label { body }}, or its one-line form {@code type { name = value }}.
 *
 * @param type       the block type ({@code resource}, {@code dynamic}, {@code ingress}, …)
 * @param typeSpan   where the type is written
 * @param labels     the labels in order
 * @param body       the content between the braces
 * @param openBrace  the {@code {}
 * @param closeBrace the {@code }}
 * @param span       from the type to the closing brace
 */
public record Block(String type, Span typeSpan, List<Label> labels, Body body, Span openBrace, Span closeBrace,
                    Span span) implements BodyItem {

    public Block {
        labels = List.copyOf(labels);
    }

    /** The label at an index, or null when the block has fewer labels. */
    public String label(int index) {
        return index < labels.size() ? labels.get(index).value() : null;
    }
}
