package dev.opsmith.format.dockerfile;

import java.util.ArrayList;
import java.util.List;

/** Strict JSON array-of-strings reader for exec form, with the position of each element. */
final class Json {
    private Json() {
    }

    /** Tokens of a JSON array of strings spanning exactly [from, to) (whitespace around allowed), or null. */
    static List<Tok> stringArray(MappedText m, int from, int to) {
        String s = m.text;
        int i = skipWs(s, from, to);
        if (i >= to || s.charAt(i) != '[') return null;
        i = skipWs(s, i + 1, to);
        List<Tok> out = new ArrayList<>();
        if (i < to && s.charAt(i) == ']') {
            return skipWs(s, i + 1, to) == to ? out : null;
        }
        while (true) {
            if (i >= to || s.charAt(i) != '"') return null;
            int start = i;
            StringBuilder v = new StringBuilder();
            i++;
            boolean closed = false;
            while (i < to) {
                char c = s.charAt(i);
                if (c == '"') {
                    closed = true;
                    i++;
                    break;
                }
                if (c < 0x20) return null;
                if (c == '\\') {
                    if (i + 1 >= to) return null;
                    char e = s.charAt(i + 1);
                    switch (e) {
                        case '"', '\\', '/' -> v.append(e);
                        case 'b' -> v.append('\b');
                        case 'f' -> v.append('\f');
                        case 'n' -> v.append('\n');
                        case 'r' -> v.append('\r');
                        case 't' -> v.append('\t');
                        case 'u' -> {
                            if (i + 6 > to) return null;
                            int cp = 0;
                            for (int k = i + 2; k < i + 6; k++) {
                                int d = Character.digit(s.charAt(k), 16);
                                if (d < 0) return null;
                                cp = cp * 16 + d;
                            }
                            v.append((char) cp);
                            i += 4;
                        }
                        default -> {
                            return null;
                        }
                    }
                    i += 2;
                } else {
                    v.append(c);
                    i++;
                }
            }
            if (!closed) return null;
            out.add(new Tok(start, i, v.toString()));
            i = skipWs(s, i, to);
            if (i >= to) return null;
            char c = s.charAt(i);
            if (c == ']') return skipWs(s, i + 1, to) == to ? out : null;
            if (c != ',') return null;
            i = skipWs(s, i + 1, to);
        }
    }

    private static int skipWs(String s, int i, int to) {
        while (i < to && (s.charAt(i) == ' ' || s.charAt(i) == '\t' || s.charAt(i) == '\n' || s.charAt(i) == '\r')) i++;
        return i;
    }
}
