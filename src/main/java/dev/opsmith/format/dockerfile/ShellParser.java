package dev.opsmith.format.dockerfile;

import dev.opsmith.core.Span;

import java.util.ArrayList;
import java.util.List;

/**
 * A small POSIX-shell reader that turns command text into a flat list of simple commands. It knows quoting,
 * escapes, {@code $(…)}, {@code ${…}} and backticks (kept inside their word), operators, redirections, comments,
 * here-documents inside multi-line text, and strips control-flow keywords. One pass, linear in the text.
 */
final class ShellParser {
    private final MappedText m;
    private final String s;
    private final int to;
    private int i;

    private final List<Builder> commands = new ArrayList<>();
    private List<Word> words = new ArrayList<>();
    private List<Word> redirects = new ArrayList<>();
    private String pendingSep = "";
    private boolean nextPipedFrom;
    private boolean skipHeader;
    private boolean caseHeader;
    private boolean casePattern;
    private final List<String[]> pendingHeredocs = new ArrayList<>();

    private static final class Builder {
        final List<Word> words;
        final List<Word> redirects;
        final String sep;
        final boolean pipedFrom;
        boolean pipedTo;

        Builder(List<Word> words, List<Word> redirects, String sep, boolean pipedFrom) {
            this.words = words;
            this.redirects = redirects;
            this.sep = sep;
            this.pipedFrom = pipedFrom;
        }
    }

    private ShellParser(MappedText m, int from, int to) {
        this.m = m;
        this.s = m.text;
        this.i = from;
        this.to = to;
    }

    /** The commands of [from, to) of the text. */
    static Script parse(MappedText m, int from, int to) {
        ShellParser p = new ShellParser(m, from, to);
        p.run();
        List<Command> out = new ArrayList<>(p.commands.size());
        for (Builder b : p.commands) {
            Span span = null;
            for (Word w : b.words) span = span == null ? w.span() : span.union(w.span());
            for (Word w : b.redirects) span = span == null ? w.span() : span.union(w.span());
            out.add(new Command(b.words, span, b.sep, b.pipedFrom, b.pipedTo, b.redirects));
        }
        return new Script(out);
    }

    private void run() {
        while (i < to) {
            char c = s.charAt(i);
            char n = i + 1 < to ? s.charAt(i + 1) : '\0';
            if (c == ' ' || c == '\t' || c == '\r') {
                i++;
            } else if (c == '\\' && n == '\n') {
                i += 2;
            } else if (c == '\n') {
                i++;
                separator("\n");
                skipPendingHeredocs();
            } else if (c == '#') {
                while (i < to && s.charAt(i) != '\n') i++;
            } else if (isRedirectStart()) {
                readRedirect();
            } else if (c == '&' && n == '&') {
                i += 2;
                separator("&&");
            } else if (c == '|' && n == '|') {
                i += 2;
                separator("||");
            } else if (c == '|') {
                i += n == '&' ? 2 : 1;
                if (!casePattern) pipe();
            } else if (c == ';' && (n == ';' || n == '&')) {
                i += 2;
                if (i < to && s.charAt(i) == '&') i++;
                separator(";");
                casePattern = true;
            } else if (c == ';') {
                i++;
                separator(";");
            } else if (c == '&') {
                i++;
                separator("&");
            } else if (c == '(') {
                i++;
            } else if (c == ')') {
                i++;
                if (casePattern) casePattern = false;
                else finish();
            } else {
                readWord();
            }
        }
        finish();
    }

    private boolean isRedirectStart() {
        char c = s.charAt(i);
        if (c == '<' || c == '>') return true;
        if (c == '&' && i + 1 < to && s.charAt(i + 1) == '>') return true;
        int j = i;
        while (j < to && Character.isDigit(s.charAt(j))) j++;
        return j > i && j < to && (s.charAt(j) == '<' || s.charAt(j) == '>');
    }

    private void readRedirect() {
        int start = i;
        while (i < to && Character.isDigit(s.charAt(i))) i++;
        boolean heredoc = false;
        boolean dash = false;
        if (s.startsWith("&>", i)) {
            i += 2;
            if (i < to && s.charAt(i) == '>') i++;
        } else if (s.startsWith("<<<", i)) {
            i += 3;
        } else if (s.startsWith("<<", i)) {
            i += 2;
            heredoc = true;
            if (i < to && s.charAt(i) == '-') {
                dash = true;
                i++;
            }
        } else {
            i++;
            if (i < to && (s.charAt(i) == '>' || s.charAt(i) == '&' || s.charAt(i) == '|')) i++;
        }
        int opEnd = Math.min(i, to);
        String op = s.substring(start, opEnd);
        while (i < to && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) i++;
        StringBuilder v = new StringBuilder();
        int targetStart = i;
        if (i < to && !isBreak(s.charAt(i))) i = word(v);
        int end = i > targetStart ? i : opEnd;
        redirects.add(new Word(op + v, s.substring(start, end), m.span(start, end)));
        if (heredoc && v.length() > 0) pendingHeredocs.add(new String[] {v.toString(), dash ? "-" : ""});
    }

    private void skipPendingHeredocs() {
        for (String[] h : pendingHeredocs) {
            boolean dash = !h[1].isEmpty();
            while (i < to) {
                int le = s.indexOf('\n', i);
                if (le < 0 || le > to) le = to;
                int ls = i;
                int lend = le;
                if (lend > ls && s.charAt(lend - 1) == '\r') lend--;
                if (dash) while (ls < lend && s.charAt(ls) == '\t') ls++;
                i = le < to ? le + 1 : to;
                if (lend - ls == h[0].length() && s.startsWith(h[0], ls)) break;
            }
        }
        pendingHeredocs.clear();
    }

    private static boolean isBreak(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == ';' || c == '&' || c == '|' || c == '('
                || c == ')' || c == '<' || c == '>';
    }

    private void readWord() {
        int start = i;
        StringBuilder v = new StringBuilder();
        i = word(v);
        if (i == start) { // cannot happen (run() only calls on a non-break char), but never loop forever
            i++;
            return;
        }
        String raw = s.substring(start, i);
        String value = v.toString();
        boolean plain = raw.equals(value);
        if (skipHeader) {
            if (plain && (value.equals("{") || value.equals("do"))) skipHeader = false;
            return;
        }
        if (caseHeader) {
            if (plain && value.equals("in")) {
                caseHeader = false;
                casePattern = true;
            }
            return;
        }
        if (casePattern) {
            if (plain && value.equals("esac")) casePattern = false;
            return;
        }
        if (plain && words.isEmpty() && redirects.isEmpty()) {
            switch (value) {
                case "if", "then", "else", "elif", "while", "until", "do", "!", "{", "fi", "done", "esac", "}" -> {
                    return;
                }
                case "for", "select", "function" -> {
                    skipHeader = true;
                    return;
                }
                case "case" -> {
                    caseHeader = true;
                    return;
                }
                default -> {
                }
            }
        }
        words.add(new Word(value, raw, m.span(start, i)));
    }

    /** Reads one word from i into v; returns the index after it. */
    private int word(StringBuilder v) {
        int j = i;
        while (j < to) {
            char c = s.charAt(j);
            if (isBreak(c)) break;
            char n = j + 1 < to ? s.charAt(j + 1) : '\0';
            if (c == '\\') {
                if (j + 1 < to) {
                    if (n != '\n') v.append(n);
                    j += 2;
                } else {
                    v.append(c);
                    j++;
                }
            } else if (c == '\'') {
                j++;
                while (j < to && s.charAt(j) != '\'') v.append(s.charAt(j++));
                j++;
            } else if (c == '$' && n == '\'') {
                j = ansi(j + 2, v);
            } else if (c == '"') {
                j++;
                while (j < to && s.charAt(j) != '"') {
                    char d = s.charAt(j);
                    if (d == '\\' && j + 1 < to) {
                        char e = s.charAt(j + 1);
                        if (e != '\n') {
                            if ("$`\"\\".indexOf(e) < 0) v.append(d);
                            v.append(e);
                        }
                        j += 2;
                    } else if (d == '$' && j + 1 < to && s.charAt(j + 1) == '(') {
                        j = paren(j, v);
                    } else if (d == '`') {
                        j = backtick(j, v);
                    } else {
                        v.append(d);
                        j++;
                    }
                }
                j++;
            } else if (c == '$' && n == '(') {
                j = paren(j, v);
            } else if (c == '$' && n == '{') {
                j = brace(j, v);
            } else if (c == '`') {
                j = backtick(j, v);
            } else {
                v.append(c);
                j++;
            }
        }
        return Math.min(j, to);
    }

    private int ansi(int j, StringBuilder v) {
        while (j < to && s.charAt(j) != '\'') {
            char c = s.charAt(j);
            if (c == '\\' && j + 1 < to) {
                char e = s.charAt(j + 1);
                switch (e) {
                    case 'n' -> v.append('\n');
                    case 't' -> v.append('\t');
                    case 'r' -> v.append('\r');
                    case 'a' -> v.append('\u0007');
                    case 'b' -> v.append('\b');
                    case 'e', 'E' -> v.append('\u001B');
                    case 'f' -> v.append('\f');
                    case 'v' -> v.append('\u000B');
                    case '\\', '\'', '"', '?' -> v.append(e);
                    default -> v.append(c).append(e);
                }
                j += 2;
            } else {
                v.append(c);
                j++;
            }
        }
        return j + 1;
    }

    /** Copies a balanced $( … ) (or $(( … ))) starting at j (the '$'). */
    private int paren(int j, StringBuilder v) {
        v.append("$(");
        j += 2;
        int depth = 1;
        while (j < to && depth > 0) {
            char c = s.charAt(j);
            if (c == '\\' && j + 1 < to) {
                v.append(c).append(s.charAt(j + 1));
                j += 2;
                continue;
            }
            if (c == '\'' || c == '"') {
                v.append(c);
                j++;
                while (j < to && s.charAt(j) != c) {
                    if (c == '"' && s.charAt(j) == '\\' && j + 1 < to) v.append(s.charAt(j++));
                    v.append(s.charAt(j++));
                }
                if (j < to) v.append(s.charAt(j++));
                continue;
            }
            if (c == '(') depth++;
            else if (c == ')') depth--;
            v.append(c);
            j++;
        }
        return j;
    }

    private int brace(int j, StringBuilder v) {
        v.append("${");
        j += 2;
        int depth = 1;
        while (j < to && depth > 0) {
            char c = s.charAt(j);
            if (c == '{') depth++;
            else if (c == '}') depth--;
            v.append(c);
            j++;
        }
        return j;
    }

    private int backtick(int j, StringBuilder v) {
        v.append('`');
        j++;
        while (j < to && s.charAt(j) != '`') {
            if (s.charAt(j) == '\\' && j + 1 < to) v.append(s.charAt(j++));
            v.append(s.charAt(j++));
        }
        if (j < to) {
            v.append('`');
            j++;
        }
        return j;
    }

    private void separator(String op) {
        finish();
        if (skipHeader && !op.equals("&&") && !op.equals("||")) skipHeader = false;
        if (op.equals("\n")) {
            if (pendingSep.isEmpty()) pendingSep = "\n";
        } else {
            pendingSep = op;
        }
    }

    private void pipe() {
        boolean added = finish();
        if (added) commands.get(commands.size() - 1).pipedTo = true;
        nextPipedFrom = added;
        pendingSep = "|";
    }

    private boolean finish() {
        if (words.isEmpty() && redirects.isEmpty()) return false;
        String sep = commands.isEmpty() ? "" : pendingSep.isEmpty() ? ";" : pendingSep;
        commands.add(new Builder(words, redirects, sep, nextPipedFrom));
        words = new ArrayList<>();
        redirects = new ArrayList<>();
        pendingSep = "";
        nextPipedFrom = false;
        return true;
    }
}
