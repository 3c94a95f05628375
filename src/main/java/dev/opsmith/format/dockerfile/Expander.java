package dev.opsmith.format.dockerfile;

import java.util.Map;

/** Dockerfile variable substitution over known values; unknown variables stay as written. Linear in the text. */
final class Expander {
    private Expander() {
    }

    static String expand(String text, Map<String, String> vars, char escape) {
        if (text == null || text.indexOf('$') < 0) return text;
        StringBuilder out = new StringBuilder(text.length());
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == escape && i + 1 < n && text.charAt(i + 1) == '$') {
                out.append('$');
                i += 2;
            } else if (c == '$' && i + 1 < n && text.charAt(i + 1) == '{') {
                int close = matchingBrace(text, i + 2);
                if (close < 0) {
                    out.append(text, i, n);
                    break;
                }
                out.append(substitute(text.substring(i, close + 1), text.substring(i + 2, close), vars, escape));
                i = close + 1;
            } else if (c == '$' && i + 1 < n && isNameStart(text.charAt(i + 1))) {
                int j = i + 1;
                while (j < n && isNamePart(text.charAt(j))) j++;
                String name = text.substring(i + 1, j);
                String v = vars.get(name);
                out.append(v != null ? v : text.substring(i, j));
                i = j;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static String substitute(String whole, String inner, Map<String, String> vars, char escape) {
        int j = 0;
        while (j < inner.length() && isNamePart(inner.charAt(j))) j++;
        if (j == 0 || !isNameStart(inner.charAt(0))) return whole;
        String name = inner.substring(0, j);
        String v = vars.get(name);
        String op = inner.substring(j);
        if (op.isEmpty()) return v != null ? v : whole;
        if (v == null) return whole;
        if (op.startsWith(":-")) return v.isEmpty() ? expand(op.substring(2), vars, escape) : v;
        if (op.startsWith(":+")) return v.isEmpty() ? "" : expand(op.substring(2), vars, escape);
        if (op.startsWith("-")) return v;
        if (op.startsWith("+")) return expand(op.substring(1), vars, escape);
        return whole;
    }

    private static int matchingBrace(String s, int from) {
        int depth = 1;
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '{') depth++;
            else if (c == '}' && --depth == 0) return i;
        }
        return -1;
    }

    static boolean isNameStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    }

    static boolean isNamePart(char c) {
        return isNameStart(c) || (c >= '0' && c <= '9');
    }
}
