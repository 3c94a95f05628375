package dev.opsmith.scan;

import dev.opsmith.core.Format;
import dev.opsmith.core.SourceFile;
import dev.opsmith.core.Span;

/** What the scanner needs per format: a parser and the extent of the statement a line starts (for suppressions). */
public interface FormatHandler {
    Format format();

    /** Parses a file; {@code files} reads companions such as a Dockerfile's {@code .dockerignore}. */
    Object parse(SourceFile file, FileSource files) throws ParseFailure;

    /**
     * Whether a file of this format with this text is ours for certain (a parse failure is then high), or only
     * possibly (any YAML file: a failure is info). Files detected by a telling name are always claimed.
     */
    default boolean claims(String text) {
        return false;
    }

    /** Whether this format's rules look across files: then the scanner runs the index stage for it. */
    default boolean indexes() {
        return false;
    }

    /** Compact summaries of a parsed file for the index stage. */
    default java.util.List<Object> summarize(Object model, SourceFile source) {
        return java.util.List.of();
    }

    /** The index rules receive (through {@code RuleContext.index}) built from every file's summaries. */
    default Object index(java.util.List<Object> summaries) {
        return null;
    }

    /** Suppressions declared on objects (Kubernetes annotations), read from the parsed model. */
    default java.util.List<dev.opsmith.suppress.Waiver> waivers(Object model) {
        return java.util.List.of();
    }

    /** Whether {@code #} after white space starts a comment, so a pragma may end a line. */
    default boolean trailingComments() {
        return false;
    }

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
