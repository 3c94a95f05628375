package dev.opsmith.format.dockerfile;

import dev.opsmith.core.Span;

import java.util.List;

/**
 * A here-document of RUN, COPY or ADD ({@code <<EOF}, {@code <<-EOF}, {@code <<"EOF"}, {@code <<'EOF'}).
 * Immutable.
 */
public final class Heredoc {
    private final String delimiter;
    private final String body;
    private final boolean quoted;
    private final boolean stripTabs;
    private final Span span;
    private final Span bodySpan;
    private final List<Span> bodyLineSpans;
    private final Script script;
    private final MappedText mapped;

    Heredoc(String delimiter, boolean quoted, boolean stripTabs, Span span, Span bodySpan,
            List<Span> bodyLineSpans, Script script, MappedText mapped) {
        this.delimiter = delimiter;
        this.body = mapped.text;
        this.mapped = mapped;
        this.quoted = quoted;
        this.stripTabs = stripTabs;
        this.span = span;
        this.bodySpan = bodySpan;
        this.bodyLineSpans = List.copyOf(bodyLineSpans);
        this.script = script;
    }

    /** The terminator word, unquoted. */
    public String delimiter() {
        return delimiter;
    }

    /** The body: each line followed by {@code \n}; leading tabs removed for {@code <<-}. Empty for an empty body. */
    public String body() {
        return body;
    }

    /** True for {@code <<"EOF"} or {@code <<'EOF'}: no variable expansion in the body. */
    public boolean quoted() {
        return quoted;
    }

    /** True for {@code <<-EOF}: leading tabs are removed from body lines and the terminator. */
    public boolean stripTabs() {
        return stripTabs;
    }

    /** From the {@code <<EOF} marker to the end of the terminator line. */
    public Span span() {
        return span;
    }

    /** The body lines (without the terminator); a point at the terminator when the body is empty. */
    public Span bodySpan() {
        return bodySpan;
    }

    /** 1-based line in the file of the first body line. */
    public int firstBodyLine() {
        return bodySpan.line();
    }

    /** Number of body lines. */
    public int bodyLineCount() {
        return bodyLineSpans.size();
    }

    /** The span of body line {@code i} (0-based) as it is in the file, tabs included. */
    public Span spanOfBodyLine(int i) {
        return bodyLineSpans.get(i);
    }

    /**
     * The shell model of the body when it is run by a shell (a RUN whose only command is the heredoc, or whose
     * command is a shell reading it, and no non-shell {@code #!} line); null otherwise (COPY/ADD, {@code python <<EOF}).
     */
    public Script script() {
        return script;
    }

    /** The body with the file offset of each character. */
    MappedText text() {
        return mapped;
    }

    Heredoc withScript(Script s) {
        return new Heredoc(delimiter, quoted, stripTabs, span, bodySpan, bodyLineSpans, s, mapped);
    }

    @Override
    public String toString() {
        return "<<" + delimiter + " " + span;
    }
}
