package dev.opsmith.report;

import dev.opsmith.core.Finding;
import dev.opsmith.core.Notice;
import dev.opsmith.core.Redaction;
import dev.opsmith.core.Severity;
import dev.opsmith.core.SourceFile;
import dev.opsmith.core.Span;
import dev.opsmith.core.ScanResult;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Human output: {@code path:line:col: SEVERITY ID message}, a source excerpt with a caret under the span,
 * then a summary. Suppressed findings are counted, not printed.
 */
public final class TextReporter implements Reporter {
    /** Lines of a span shown at most. */
    static final int MAX_EXCERPT_LINES = 3;
    /** Tab stops every this many columns, in the excerpt and for the caret alike. */
    static final int TAB_WIDTH = 4;

    private static final String RESET = "\u001b[0m";
    private static final String BOLD = "\u001b[1m";
    private static final String DIM = "\u001b[2m";

    private final boolean color;
    private final boolean quiet;

    /**
     * @param color ANSI colours; the caller decides (terminal, {@code NO_COLOR}, {@code --no-color})
     * @param quiet only the finding lines: no excerpts, no summary
     */
    public TextReporter(boolean color, boolean quiet) {
        this.color = color;
        this.quiet = quiet;
    }

    @Override
    public void write(ScanResult result, Writer out) throws IOException {
        Map<String, Optional<SourceFile>> sources = new HashMap<>();
        for (Finding f : result.findings()) {
            if (f.suppressed()) continue;
            out.write(header(f));
            out.write('\n');
            if (!quiet) {
                Optional<SourceFile> source = sources.computeIfAbsent(f.file(), file -> read(result.rootPath(), file));
                if (source.isPresent()) out.write(excerpt(f, source.get()));
                for (var rel : f.relatedLocations()) {
                    out.write("  = " + rel.file() + ":" + rel.span().line() + ":" + rel.span().column() + ": "
                            + ReportJson.redacted(f, rel.message()) + "\n");
                }
            }
        }
        if (!quiet) out.write(summary(result));
        out.flush();
    }

    private String header(Finding f) {
        Span s = f.span();
        String where = f.file() + ":" + s.line() + ":" + s.column() + ":";
        String severity = f.severity().name();
        String message = ReportJson.redacted(f, f.message());
        if (!f.contexts().isEmpty()) message += " [" + ReportJson.redacted(f, String.join(", ", f.contexts())) + "]";
        if (!color) return where + " " + severity + " " + f.ruleId() + " " + message;
        return BOLD + where + RESET + " " + colour(f.severity()) + severity + RESET + " "
                + DIM + f.ruleId() + RESET + " " + message;
    }

    private static String colour(Severity severity) {
        switch (severity) {
            case CRITICAL: return "\u001b[1;31m";
            case HIGH: return "\u001b[31m";
            case MEDIUM: return "\u001b[33m";
            case LOW: return "\u001b[36m";
            default: return "\u001b[34m";
        }
    }

    /** The file's text; empty when it is missing or unreadable (the finding still prints). */
    private static Optional<SourceFile> read(Path root, String file) {
        if (root == null || file == null || file.isEmpty()) return Optional.empty();
        try {
            Path path = root.resolve(file);
            if (!Files.isRegularFile(path)) return Optional.empty();
            // Decoding replaces malformed bytes instead of failing: an excerpt is a courtesy.
            String text = new String(Files.readAllBytes(path), StandardCharsets.UTF_8);
            return Optional.of(new SourceFile(path, file, text));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Up to {@link #MAX_EXCERPT_LINES} lines of the span with a line-number gutter, and a caret under the
     * span's columns on its first line. Every line is redacted before it is measured or shown.
     */
    String excerpt(Finding f, SourceFile source) {
        Span s = f.span();
        if (s.line() > source.lineCount()) return "";
        // A span ending at column 1 of a line covers nothing of that line.
        int lastLine = s.endLine() > s.line() && s.endColumn() <= 1 ? s.endLine() - 1 : s.endLine();
        lastLine = Math.min(Math.min(lastLine, s.line() + MAX_EXCERPT_LINES - 1), source.lineCount());
        int width = String.valueOf(lastLine).length();
        String blankGutter = " ".repeat(width) + " | ";

        StringBuilder sb = new StringBuilder();
        for (int n = s.line(); n <= lastLine; n++) {
            String line = redactLine(f, source.line(n));
            sb.append(gutter(String.format(Locale.ROOT, "%" + width + "d", n) + " | "))
                    .append(expandTabs(line)).append('\n');
            if (n == s.line()) {
                sb.append(gutter(blankGutter)).append(caret(f, source.line(n), line, s)).append('\n');
            }
        }
        return sb.toString();
    }

    private String gutter(String text) {
        return color ? DIM + text + RESET : text;
    }

    /**
     * The caret line under {@code shown} (the redacted line). Columns are mapped through the redaction by
     * measuring the redacted prefix, so the caret stays under the masked text.
     */
    private String caret(Finding f, String raw, String shown, Span s) {
        int start = Math.min(s.column() - 1, raw.length());
        int end = s.endLine() == s.line() ? Math.min(s.endColumn() - 1, raw.length()) : raw.length();
        int shownStart = Math.min(redactLine(f, raw.substring(0, start)).length(), shown.length());
        int shownEnd = Math.min(Math.max(redactLine(f, raw.substring(0, Math.max(start, end))).length(), shownStart),
                shown.length());
        int from = displayWidth(shown, shownStart);
        int to = displayWidth(shown, shownEnd);
        int length = Math.max(1, to - from);
        String marks = "^" + "~".repeat(length - 1);
        String pad = " ".repeat(from);
        return color ? pad + colour(f.severity()) + marks + RESET : pad + marks;
    }

    /** The finding's secrets masked, including each line of a secret that spans lines (a PEM key). */
    static String redactLine(Finding f, String line) {
        String out = f.redact(line);
        for (String secret : f.secrets()) {
            if (secret.indexOf('\n') < 0 && secret.indexOf('\r') < 0) continue;
            for (String piece : secret.split("\r\n|\r|\n")) {
                String p = piece.strip();
                if (p.length() >= 4) out = out.replace(p, Redaction.mask(p));
            }
        }
        return out;
    }

    /** Tabs to spaces up to the next tab stop. */
    static String expandTabs(String line) {
        if (line.indexOf('\t') < 0) return line;
        StringBuilder sb = new StringBuilder();
        int col = 0;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (ch == '\t') {
                int spaces = TAB_WIDTH - col % TAB_WIDTH;
                sb.append(" ".repeat(spaces));
                col += spaces;
            } else {
                sb.append(ch);
                if (!Character.isLowSurrogate(ch)) col++;
            }
        }
        return sb.toString();
    }

    /** Display columns taken by the first {@code chars} UTF-16 chars of {@code line}, tabs expanded. */
    static int displayWidth(String line, int chars) {
        int col = 0;
        for (int i = 0; i < chars && i < line.length(); i++) {
            char ch = line.charAt(i);
            if (ch == '\t') col += TAB_WIDTH - col % TAB_WIDTH;
            else if (!Character.isLowSurrogate(ch)) col++;
        }
        return col;
    }

    private String summary(ScanResult result) {
        StringBuilder sb = new StringBuilder();
        int shown = result.unsuppressedCount();
        int suppressed = result.suppressedCount();
        if (shown == 0) {
            sb.append("No findings in ").append(plural(result.files(), "file"));
            if (suppressed > 0) sb.append(" (").append(suppressed).append(" suppressed)");
            if (result.parseErrors() > 0) sb.append(", ").append(plural(result.parseErrors(), "parse error"));
            sb.append(".\n");
        } else {
            sb.append('\n');
            sb.append(plural(shown, "finding")).append(" (");
            boolean first = true;
            for (Map.Entry<Severity, Integer> e : result.bySeverity().entrySet()) {
                if (!first) sb.append(", ");
                sb.append(e.getKey().id()).append(": ").append(e.getValue());
                first = false;
            }
            sb.append("), ").append(suppressed).append(" suppressed, ")
                    .append(plural(result.files(), "file")).append(" scanned, ")
                    .append(plural(result.parseErrors(), "parse error")).append('\n');
        }
        for (Notice notice : result.notices()) {
            sb.append("note: ").append(notice.file()).append(": ").append(notice.message()).append('\n');
        }
        if (!result.externalTools().isEmpty()) {
            StringBuilder tools = new StringBuilder();
            new TreeMap<>(result.externalTools()).forEach((name, version) ->
                    tools.append(tools.length() == 0 ? "" : ", ").append(name).append(' ').append(version));
            sb.append("external tools: ").append(tools).append('\n');
        }
        return sb.toString();
    }

    private static String plural(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
