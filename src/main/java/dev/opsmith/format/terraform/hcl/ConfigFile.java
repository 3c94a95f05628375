package dev.opsmith.format.terraform.hcl;

import dev.opsmith.core.SourceFile;
import dev.opsmith.core.Span;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One parsed file: its top-level body and, for the native syntax, its comments.
 *
 * @param source   the file the spans refer to
 * @param body     the top-level body
 * @param comments the comments in source order (always empty for the JSON syntax, which has none)
 */
public record ConfigFile(SourceFile source, Body body, List<Comment> comments) {

    public ConfigFile {
        comments = List.copyOf(comments);
    }

    /**
     * The comments directly above a node: each alone on its line(s), the last one ending on the line just before
     * {@code span}, and no blank line or code between them. This is where suppressions such as
     * {@code # opsmith:ignore=ID reason} are written. Returned in source order.
     */
    public List<Comment> commentsBefore(Span span) {
        List<Comment> found = new ArrayList<>();
        int target = span.line() - 1;
        for (int i = comments.size() - 1; i >= 0 && target >= 1; i--) {
            Comment c = comments.get(i);
            if (c.span().line() >= span.line()) continue;
            if (c.span().endLine() != target || !startsItsLine(c)) break;
            found.add(c);
            target = c.span().line() - 1;
        }
        Collections.reverse(found);
        return found;
    }

    /** The comments inside a span (for example inside a resource block), in source order. */
    public List<Comment> commentsWithin(Span span) {
        return comments.stream().filter(c -> span.contains(c.span())).toList();
    }

    private boolean startsItsLine(Comment c) {
        String line = source.line(c.span().line());
        return line.substring(0, Math.min(line.length(), c.span().column() - 1)).isBlank();
    }
}
