package dev.opsmith.scan;

import dev.opsmith.core.Format;
import dev.opsmith.core.SourceFile;
import dev.opsmith.core.Span;

/** What the scanner needs per format: a parser and the extent of the statement a line starts (for suppressions). */
public interface FormatHandler {
    Format format();

    /** Parses a file; {@code files} reads companions such as a Dockerfile's {@code .dockerignore}. */
    Object parse(SourceFile file, FileSource files) throws ParseFailure;

    /** Last line of the statement that contains {@code line}; {@code line} itself when unknown. */
    int statementEnd(Object model, int line);

    /** A file the format's parser rejected, with where and why. */
    final class ParseFailure extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient Span span;

        public ParseFailure(String message, Span span) {
            super(message);
            this.span = span;
        }

        public Span span() {
            return span;
        }
    }
}
