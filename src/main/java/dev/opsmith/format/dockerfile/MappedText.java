package dev.opsmith.format.dockerfile;

import dev.opsmith.core.SourceFile;
import dev.opsmith.core.Span;

import java.util.Arrays;

/**
 * Text assembled from pieces of a file (continuation lines joined, heredoc bodies), with the file offset of every
 * character so that spans map back exactly. {@code offset(length())} is the offset just after the last character.
 */
final class MappedText {
    final String text;
    private final int[] offsets;
    final SourceFile file;

    private MappedText(SourceFile file, String text, int[] offsets) {
        this.file = file;
        this.text = text;
        this.offsets = offsets;
    }

    int length() {
        return text.length();
    }

    char charAt(int i) {
        return text.charAt(i);
    }

    int offset(int i) {
        return offsets[i];
    }

    /** Span of characters [from, to); a point at {@code from} when empty. */
    Span span(int from, int to) {
        if (to <= from) {
            int o = offsets[Math.min(from, text.length())];
            return file.span(o, o);
        }
        return file.span(offsets[from], offsets[to - 1] + 1);
    }

    static final class Builder {
        private final SourceFile file;
        private final StringBuilder sb = new StringBuilder();
        private int[] offsets = new int[64];
        private int end;

        Builder(SourceFile file) {
            this.file = file;
        }

        void append(char c, int offset) {
            if (sb.length() + 1 >= offsets.length) offsets = Arrays.copyOf(offsets, offsets.length * 2);
            offsets[sb.length()] = offset;
            sb.append(c);
            end = offset + 1;
        }

        /** Appends file text [from, to). */
        void appendRange(int from, int to) {
            String t = file.text();
            for (int i = from; i < to; i++) append(t.charAt(i), i);
        }

        int length() {
            return sb.length();
        }

        /** Sets the offset reported after the last character (default: just after the last appended one). */
        void end(int offset) {
            end = offset;
        }

        MappedText build() {
            int[] o = Arrays.copyOf(offsets, sb.length() + 1);
            o[sb.length()] = end;
            return new MappedText(file, sb.toString(), o);
        }
    }
}
