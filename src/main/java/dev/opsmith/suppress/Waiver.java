package dev.opsmith.suppress;

import java.util.List;

/**
 * A suppression declared on an object rather than in a comment: {@code opsmith.dev/ignore} annotations, and
 * peers' annotations ({@code ignore-check.kube-linter.io/<check>}, {@code checkov.io/skip<n>}) that waive our
 * equivalent rules. Covers the object's lines.
 *
 * @param ids    rule ids, ours or a peer's
 * @param source where the waiver was written, for the justification ({@code annotation opsmith.dev/ignore})
 */
public record Waiver(List<String> ids, String reason, String source, int fromLine, int toLine) {
    public Waiver {
        ids = List.copyOf(ids);
    }
}
