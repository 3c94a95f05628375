package dev.opsmith.format.dockerfile;

import java.util.ArrayList;
import java.util.List;

/**
 * Dockerfile-level word splitting (as BuildKit's lexer for instruction arguments): whitespace separates words,
 * single and double quotes group and are removed, the escape character escapes the next character.
 * Unterminated quotes run to the end (lenient).
 */
final class DockerWords {
    private DockerWords() {
    }

    static boolean isWs(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\u000B';
    }

    static List<Tok> split(MappedText m, int from, int to, char esc) {
        List<Tok> out = new ArrayList<>();
        String s = m.text;
        int i = from;
        StringBuilder v = new StringBuilder();
        while (i < to) {
            while (i < to && isWs(s.charAt(i))) i++;
            if (i >= to) break;
            int start = i;
            v.setLength(0);
            i = word(s, i, to, esc, v, true);
            out.add(new Tok(start, i, v.toString()));
        }
        return out;
    }

    /** The processed value of [from, to) without splitting on whitespace. */
    static String unquote(MappedText m, int from, int to, char esc) {
        StringBuilder v = new StringBuilder();
        int i = from;
        while (i < to) i = word(m.text, i, to, esc, v, false);
        return v.toString();
    }

    /** Reads one word starting at i; returns the index after it. */
    private static int word(String s, int i, int to, char esc, StringBuilder v, boolean stopAtWs) {
        while (i < to) {
            char c = s.charAt(i);
            if (stopAtWs && isWs(c)) return i;
            if (c == esc) {
                if (i + 1 < to) v.append(s.charAt(i + 1));
                i += 2;
            } else if (c == '\'') {
                i++;
                while (i < to && s.charAt(i) != '\'') v.append(s.charAt(i++));
                i++;
            } else if (c == '"') {
                i++;
                while (i < to && s.charAt(i) != '"') {
                    char d = s.charAt(i);
                    if (d == esc && i + 1 < to) {
                        char n = s.charAt(i + 1);
                        if (n != '"' && n != '$' && n != esc) v.append(d);
                        v.append(n);
                        i += 2;
                    } else {
                        v.append(d);
                        i++;
                    }
                }
                i++;
            } else {
                v.append(c);
                i++;
            }
        }
        return Math.min(i, to);
    }
}
