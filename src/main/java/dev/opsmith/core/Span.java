package dev.opsmith.core;

/**
 * A region of a source file. Lines and columns are 1-based; {@code endColumn} is exclusive
 * (the column just after the last character), as in SARIF regions. Columns count UTF-16 chars.
 */
public record Span(int line, int column, int endLine, int endColumn) implements Comparable<Span> {

    public Span {
        if (line < 1 || column < 1 || endLine < line || (endLine == line && endColumn < column)) {
            throw new IllegalArgumentException("invalid span " + line + ":" + column + "-" + endLine + ":" + endColumn);
        }
    }

    public static Span of(int line, int column, int endLine, int endColumn) {
        return new Span(line, column, endLine, endColumn);
    }

    /** A span covering a whole line of the given length (or a point when the line is empty). */
    public static Span line(int line, int length) {
        return new Span(line, 1, line, length + 1);
    }

    /** The smallest span covering both. */
    public Span union(Span other) {
        Span first = compareTo(other) <= 0 ? this : other;
        boolean thisEndsLater = endLine > other.endLine || (endLine == other.endLine && endColumn >= other.endColumn);
        Span last = thisEndsLater ? this : other;
        return new Span(first.line, first.column, last.endLine, last.endColumn);
    }

    public boolean contains(Span other) {
        boolean startsBefore = line < other.line || (line == other.line && column <= other.column);
        boolean endsAfter = endLine > other.endLine || (endLine == other.endLine && endColumn >= other.endColumn);
        return startsBefore && endsAfter;
    }

    @Override
    public int compareTo(Span o) {
        int c = Integer.compare(line, o.line);
        if (c == 0) c = Integer.compare(column, o.column);
        if (c == 0) c = Integer.compare(endLine, o.endLine);
        if (c == 0) c = Integer.compare(endColumn, o.endColumn);
        return c;
    }

    @Override
    public String toString() {
        return line + ":" + column + "-" + endLine + ":" + endColumn;
    }
}
