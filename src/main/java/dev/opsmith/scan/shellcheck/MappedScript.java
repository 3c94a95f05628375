package dev.opsmith.scan.shellcheck;

import dev.opsmith.core.SourceFile;
import dev.opsmith.core.Span;

import java.util.Arrays;
import java.util.Optional;

/**
 * A shell script assembled from a Dockerfile for ShellCheck, with the file offset of every character so that
 * ShellCheck's positions map back exactly. Characters we add (the shell directive, the declarations, a heredoc body
 * that is checked on its own) have no offset, and nothing reported on them is kept.
 */
final class MappedScript {
    private static final int ADDED = -1;

    private final SourceFile file;
    private final String text;
    private final int[] offsets;
    private final int[] lineStarts;

    private MappedScript(SourceFile file, String text, int[] offsets) {
        this.file = file;
        this.text = text;
        this.offsets = offsets;
        int lines = 1;
        for (int i = 0; i < text.length(); i++) if (text.charAt(i) == '\n') lines++;
        lineStarts = new int[lines];
        int n = 1;
        for (int i = 0; i < text.length(); i++) if (text.charAt(i) == '\n') lineStarts[n++] = i + 1;
    }

    /** The script as ShellCheck reads it. */
    String text() {
        return text;
    }

    /**
     * The file span of a ShellCheck region (1-based lines; 1-based columns counting code points, tabs as one, end
     * exclusive, as in its {@code json1} format). Empty when the region starts on text we added.
     */
    Optional<Span> span(int line, int column, int endLine, int endColumn) {
        int start = index(line, column);
        int end = Math.max(start, index(endLine, endColumn));
        if (start >= text.length()) {
            // the end of the script (an unexpected end of input): point just after the last character from the file
            int last = lastMapped(0, text.length());
            if (last < 0) return Optional.empty();
            int o = endOf(last);
            return Optional.of(file.span(o, o));
        }
        if (offsets[start] == ADDED) return Optional.empty();
        int from = offsets[start];
        int last = lastMapped(start, end);
        int to = last < 0 ? from : Math.max(from, endOf(last));
        return Optional.of(file.span(from, to));
    }

    /** The file offset of script character {@code i}, or -1 for text we added. */
    int fileOffset(int i) {
        return offsets[i];
    }

    /** The offset just after character {@code i} of the script; a line break we map ends where its line ends. */
    private int endOf(int i) {
        return text.charAt(i) == '\n' ? offsets[i] : offsets[i] + 1;
    }

    private int lastMapped(int from, int to) {
        for (int k = Math.min(to, text.length()) - 1; k >= from; k--) if (offsets[k] != ADDED) return k;
        return -1;
    }

    /** Index in {@link #text} of a 1-based line and code-point column, clamped to the line. */
    private int index(int line, int column) {
        if (line < 1) return 0;
        if (line > lineStarts.length) return text.length();
        int i = lineStarts[line - 1];
        for (int c = 1; c < column && i < text.length() && text.charAt(i) != '\n'; c++) {
            i += Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1)) ? 2 : 1;
        }
        return Math.min(i, text.length());
    }

    static final class Builder {
        private final SourceFile file;
        private final StringBuilder sb = new StringBuilder();
        private int[] offsets = new int[256];

        Builder(SourceFile file) {
            this.file = file;
        }

        /** One character of the file, at {@code offset}. */
        Builder append(char c, int offset) {
            if (sb.length() == offsets.length) offsets = Arrays.copyOf(offsets, offsets.length * 2);
            offsets[sb.length()] = offset;
            sb.append(c);
            return this;
        }

        /** File text [from, to), carriage returns left out (ShellCheck would flag them; Docker never sees them). */
        Builder appendFile(int from, int to) {
            String t = file.text();
            for (int i = from; i < to; i++) if (t.charAt(i) != '\r') append(t.charAt(i), i);
            return this;
        }

        /** Text that is not in the file: ShellCheck reads it, nothing reported on it is kept. */
        Builder appendAdded(CharSequence s) {
            for (int i = 0; i < s.length(); i++) append(s.charAt(i), ADDED);
            return this;
        }

        int length() {
            return sb.length();
        }

        MappedScript build() {
            return new MappedScript(file, sb.toString(), Arrays.copyOf(offsets, sb.length()));
        }
    }
}
