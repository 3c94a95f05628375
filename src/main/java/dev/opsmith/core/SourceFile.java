package dev.opsmith.core;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The text of one scanned file, with its path relative to the scan root (forward slashes).
 * Knows where each line starts so that spans can be turned back into text.
 */
public final class SourceFile {
    private final Path path;
    private final String relativePath;
    private final String text;
    private final int[] lineStarts;

    public SourceFile(Path path, String relativePath, String text) {
        this.path = path;
        this.relativePath = relativePath;
        this.text = text;
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '\n') {
                starts.add(i + 1);
            } else if (ch == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
                starts.add(i + 1);
            }
        }
        this.lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** A file that exists only in memory (tests, fixtures, generated content). */
    public static SourceFile of(String relativePath, String text) {
        return new SourceFile(Path.of(relativePath), relativePath, text);
    }

    public Path path() {
        return path;
    }

    public String relativePath() {
        return relativePath;
    }

    /** The file name without folders. */
    public String name() {
        int slash = relativePath.lastIndexOf('/');
        return slash < 0 ? relativePath : relativePath.substring(slash + 1);
    }

    public String text() {
        return text;
    }

    public int lineCount() {
        return lineStarts.length;
    }

    /** The text of a 1-based line without its line terminator; empty past the end. */
    public String line(int line) {
        if (line < 1 || line > lineStarts.length) return "";
        int start = lineStarts[line - 1];
        int end = line < lineStarts.length ? lineStarts[line] : text.length();
        while (end > start && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) end--;
        return text.substring(start, end);
    }

    /** Offset in {@link #text()} of a 1-based line and column (clamped to the text). */
    public int offset(int line, int column) {
        if (line < 1) return 0;
        if (line > lineStarts.length) return text.length();
        return Math.min(text.length(), lineStarts[line - 1] + column - 1);
    }

    /** The text a span covers. */
    public String text(Span span) {
        int start = offset(span.line(), span.column());
        int end = Math.max(start, offset(span.endLine(), span.endColumn()));
        return text.substring(start, end);
    }

    /** Line (1-based) of an offset in {@link #text()}. */
    public int lineOf(int offset) {
        int lo = 0;
        int hi = lineStarts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (lineStarts[mid] <= offset) lo = mid; else hi = mid - 1;
        }
        return lo + 1;
    }

    /** Column (1-based) of an offset in {@link #text()}. */
    public int columnOf(int offset) {
        return offset - lineStarts[lineOf(offset) - 1] + 1;
    }

    /** The span from one offset to another (end exclusive). */
    public Span span(int startOffset, int endOffset) {
        return new Span(lineOf(startOffset), columnOf(startOffset), lineOf(endOffset), columnOf(endOffset));
    }
}
