package dev.opsmith.release.bump;

import java.util.Optional;

/**
 * Reads a key of a {@code gradle.properties} file as {@link java.util.Properties} would: comments start with
 * {@code #} or {@code !}, the key ends at {@code =}, {@code :} or whitespace, and a trailing backslash continues a
 * line. Returns the position of the value so it can be replaced in place.
 */
final class GradleProperties {

    /** A property's value and the offsets of its text. */
    record Value(String text, int start, int end) {}

    private GradleProperties() {}

    static Optional<Value> find(BuildFile file, String key) throws BumpException {
        String s = file.text();
        int lineStart = s.startsWith("\uFEFF") ? 1 : 0;
        while (lineStart < s.length()) {
            int lineEnd = endOfLine(s, lineStart);
            int next = nextLine(s, lineEnd);
            int i = lineStart;
            while (i < lineEnd && isBlank(s.charAt(i))) {
                i++;
            }
            if (i < lineEnd && s.charAt(i) != '#' && s.charAt(i) != '!') {
                int keyStart = i;
                while (i < lineEnd && !isBlank(s.charAt(i)) && s.charAt(i) != '=' && s.charAt(i) != ':') {
                    i += s.charAt(i) == '\\' ? 2 : 1;
                }
                String name = s.substring(keyStart, Math.min(i, lineEnd));
                while (i < lineEnd && isBlank(s.charAt(i))) {
                    i++;
                }
                if (i < lineEnd && (s.charAt(i) == '=' || s.charAt(i) == ':')) {
                    i++;
                }
                while (i < lineEnd && isBlank(s.charAt(i))) {
                    i++;
                }
                int valueEnd = lineEnd;
                while (valueEnd > i && isBlank(s.charAt(valueEnd - 1))) {
                    valueEnd--;
                }
                boolean continued = continues(s, lineStart, lineEnd);
                if (name.equals(key)) {
                    if (continued || s.substring(i, valueEnd).contains("\\")) {
                        throw new BumpException(file.at(keyStart) + ": " + key + " uses a backslash escape or"
                                + " continuation; write it on one line (" + key + "=1.2.3) so it can be updated");
                    }
                    return Optional.of(new Value(s.substring(i, valueEnd), i, valueEnd));
                }
                while (continued && next < s.length()) {
                    lineEnd = endOfLine(s, next);
                    continued = continues(s, next, lineEnd);
                    next = nextLine(s, lineEnd);
                }
            }
            lineStart = next;
        }
        return Optional.empty();
    }

    private static boolean continues(String s, int lineStart, int lineEnd) {
        int backslashes = 0;
        for (int i = lineEnd - 1; i >= lineStart && s.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\f';
    }

    private static int endOfLine(String s, int from) {
        int i = from;
        while (i < s.length() && s.charAt(i) != '\n' && s.charAt(i) != '\r') {
            i++;
        }
        return i;
    }

    private static int nextLine(String s, int lineEnd) {
        if (lineEnd < s.length() && s.charAt(lineEnd) == '\r') {
            lineEnd++;
        }
        if (lineEnd < s.length() && s.charAt(lineEnd) == '\n') {
            lineEnd++;
        }
        return lineEnd;
    }
}
