package dev.opsmith.format.dockerfile;

import dev.opsmith.core.SourceFile;
import dev.opsmith.core.Span;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * A {@code .dockerignore} file: patterns with Go {@code filepath.Match} semantics plus {@code **}, {@code !} exceptions,
 * comments, a leading {@code /} trimmed and paths cleaned ({@code ./}, {@code ..}, double slashes). A pattern also
 * excludes everything below a directory it matches. The last matching pattern decides.
 */
public final class DockerIgnore {
    private final SourceFile source;
    private final List<Pattern> patterns;

    /**
     * One pattern line.
     *
     * @param pattern  cleaned pattern without {@code !}
     * @param negated  an exception ({@code !pattern}): matching paths are included again
     * @param span     the line as written (without surrounding whitespace)
     */
    public record Pattern(String pattern, boolean negated, Span span) {

        /** True when the pattern matches the path or one of its parent directories. */
        public boolean matches(String relativePath) {
            String p = clean(relativePath);
            if (Glob.matches(pattern, p)) return true;
            for (int i = p.indexOf('/'); i > 0; i = p.indexOf('/', i + 1)) {
                if (Glob.matches(pattern, p.substring(0, i))) return true;
            }
            return false;
        }
    }

    private DockerIgnore(SourceFile source, List<Pattern> patterns) {
        this.source = source;
        this.patterns = List.copyOf(patterns);
    }

    /** Reads the patterns of a {@code .dockerignore}; never fails. */
    public static DockerIgnore parse(SourceFile file) {
        String text = file.text();
        List<Pattern> out = new ArrayList<>();
        int i = text.startsWith("\uFEFF") ? 1 : 0;
        int n = text.length();
        while (i < n) {
            int e = i;
            while (e < n && text.charAt(e) != '\n' && text.charAt(e) != '\r') e++;
            int s = i;
            int t = e;
            while (s < t && Character.isWhitespace(text.charAt(s))) s++;
            while (t > s && Character.isWhitespace(text.charAt(t - 1))) t--;
            if (s < t && text.charAt(s) != '#') {
                String p = text.substring(s, t);
                boolean negated = p.charAt(0) == '!';
                if (negated) p = p.substring(1).trim();
                if (!p.isEmpty()) {
                    p = clean(p);
                    if (p.length() > 1 && p.charAt(0) == '/') p = p.substring(1);
                    out.add(new Pattern(p, negated, file.span(s, t)));
                }
            }
            i = e;
            if (i < n && text.charAt(i) == '\r') i++;
            if (i < n && text.charAt(i) == '\n') i++;
        }
        return new DockerIgnore(file, out);
    }

    public SourceFile source() {
        return source;
    }

    public List<Pattern> patterns() {
        return patterns;
    }

    /** True when the build context leaves this path (relative to the context, forward slashes) out. */
    public boolean excludes(String relativePath) {
        boolean excluded = false;
        for (Pattern p : patterns) {
            if (p.matches(relativePath)) excluded = !p.negated();
        }
        return excluded;
    }

    /** The last pattern that matches the path, which decides whether it is excluded. */
    public java.util.Optional<Pattern> decidingPattern(String relativePath) {
        Pattern found = null;
        for (Pattern p : patterns) if (p.matches(relativePath)) found = p;
        return java.util.Optional.ofNullable(found);
    }

    /** Like Go's {@code filepath.Clean} with forward slashes; a leading {@code /} is kept. */
    static String clean(String path) {
        String p = path.replace('\\', '/');
        boolean rooted = p.startsWith("/");
        Deque<String> parts = new ArrayDeque<>();
        for (String seg : p.split("/")) {
            if (seg.isEmpty() || seg.equals(".")) continue;
            if (seg.equals("..")) {
                if (!parts.isEmpty() && !parts.peekLast().equals("..")) parts.removeLast();
                else if (!rooted) parts.addLast("..");
            } else {
                parts.addLast(seg);
            }
        }
        String joined = String.join("/", parts);
        if (rooted) return "/" + joined;
        return joined.isEmpty() ? "." : joined;
    }

    /** Glob matching without regular expressions: dynamic programming over pattern tokens and text, O(p·t). */
    static final class Glob {
        private Glob() {
        }

        static boolean matches(String pattern, String text) {
            List<String> toks = tokens(pattern);
            int pn = toks.size();
            int tn = text.length();
            // dp[j] for current token index i: tokens[i..] match text[j..]
            boolean[] next = new boolean[tn + 1];
            next[tn] = true;
            for (int i = pn - 1; i >= 0; i--) {
                String tok = toks.get(i);
                boolean[] cur = new boolean[tn + 1];
                switch (tok) {
                    case "**/" -> {
                        // "(.*/)?": nothing, or anything up to and including a slash
                        boolean anyAfter = false;
                        for (int j = tn; j >= 0; j--) {
                            if (j < tn && text.charAt(j) == '/' && next[j + 1]) anyAfter = true;
                            cur[j] = next[j] || anyAfter;
                        }
                    }
                    case "**" -> {
                        boolean any = false;
                        for (int j = tn; j >= 0; j--) {
                            any |= next[j];
                            cur[j] = any;
                        }
                    }
                    case "*" -> {
                        for (int j = tn; j >= 0; j--) {
                            cur[j] = next[j] || (j < tn && text.charAt(j) != '/' && cur[j + 1]);
                        }
                    }
                    case "?" -> {
                        for (int j = 0; j < tn; j++) cur[j] = text.charAt(j) != '/' && next[j + 1];
                    }
                    default -> {
                        if (tok.length() > 1 && tok.charAt(0) == '[') {
                            for (int j = 0; j < tn; j++) cur[j] = text.charAt(j) != '/' && inClass(tok, text.charAt(j)) && next[j + 1];
                        } else {
                            char c = tok.charAt(tok.length() - 1);
                            for (int j = 0; j < tn; j++) cur[j] = text.charAt(j) == c && next[j + 1];
                        }
                    }
                }
                next = cur;
            }
            return next[0];
        }

        private static List<String> tokens(String p) {
            List<String> out = new ArrayList<>();
            int i = 0;
            while (i < p.length()) {
                char c = p.charAt(i);
                if (c == '*') {
                    int j = i;
                    while (j < p.length() && p.charAt(j) == '*') j++;
                    if (j - i >= 2) {
                        boolean slash = j < p.length() && p.charAt(j) == '/';
                        out.add(slash ? "**/" : "**");
                        i = slash ? j + 1 : j;
                    } else {
                        out.add("*");
                        i = j;
                    }
                } else if (c == '?') {
                    out.add("?");
                    i++;
                } else if (c == '[') {
                    int j = i + 1;
                    if (j < p.length() && (p.charAt(j) == '^' || p.charAt(j) == '!')) j++;
                    if (j < p.length() && p.charAt(j) == ']') j++;
                    while (j < p.length() && p.charAt(j) != ']') j++;
                    if (j < p.length()) {
                        out.add(p.substring(i, j + 1));
                        i = j + 1;
                    } else {
                        out.add("\\[");
                        i++;
                    }
                } else if (c == '\\' && i + 1 < p.length()) {
                    out.add("\\" + p.charAt(i + 1));
                    i += 2;
                } else {
                    out.add(String.valueOf(c));
                    i++;
                }
            }
            return out;
        }

        private static boolean inClass(String cls, char c) {
            int i = 1;
            int end = cls.length() - 1;
            boolean negate = i < end && (cls.charAt(i) == '^' || cls.charAt(i) == '!');
            if (negate) i++;
            boolean found = false;
            while (i < end) {
                char lo = cls.charAt(i);
                if (lo == '\\' && i + 1 < end) lo = cls.charAt(++i);
                char hi = lo;
                if (i + 2 < end && cls.charAt(i + 1) == '-') {
                    hi = cls.charAt(i + 2);
                    i += 2;
                }
                if (c >= lo && c <= hi) found = true;
                i++;
            }
            return found != negate;
        }
    }
}
