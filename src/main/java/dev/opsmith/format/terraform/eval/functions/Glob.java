package dev.opsmith.format.terraform.eval.functions;

import java.util.regex.Pattern;

/**
 * A {@code fileset} pattern: {@code *} matches within one path segment, {@code **} across segments,
 * {@code ?} one character, {@code [abc]} and {@code [a-z]} a class, {@code {a,b}} alternatives, and
 * {@code \} escapes the next character.
 */
final class Glob {
    private final Pattern pattern;

    private Glob(Pattern pattern) {
        this.pattern = pattern;
    }

    boolean matches(String relativePath) {
        return pattern.matcher(relativePath).matches();
    }

    static Glob compile(String glob) {
        StringBuilder re = new StringBuilder();
        int braces = 0;
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            switch (c) {
                case '*' -> {
                    if (i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
                        boolean slashAfter = i + 2 < glob.length() && glob.charAt(i + 2) == '/';
                        re.append(slashAfter ? "(?:[^/]*/)*" : ".*");
                        i += slashAfter ? 2 : 1;
                    } else {
                        re.append("[^/]*");
                    }
                }
                case '?' -> re.append("[^/]");
                case '[' -> {
                    int end = glob.indexOf(']', i + 1);
                    if (end < 0) throw new IllegalArgumentException("syntax error in pattern");
                    String body = glob.substring(i + 1, end);
                    if (body.startsWith("^") || body.startsWith("!")) body = "^" + body.substring(1);
                    re.append('[').append(body.replace("\\", "\\\\").replace("[", "\\[").replace("&", "\\&")).append(']');
                    i = end;
                }
                case '{' -> {
                    braces++;
                    re.append("(?:");
                }
                case '}' -> {
                    if (braces == 0) throw new IllegalArgumentException("syntax error in pattern");
                    braces--;
                    re.append(')');
                }
                case ',' -> re.append(braces > 0 ? "|" : ",");
                case '\\' -> {
                    if (i + 1 >= glob.length()) throw new IllegalArgumentException("syntax error in pattern");
                    re.append(Pattern.quote(String.valueOf(glob.charAt(++i))));
                }
                default -> re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        if (braces != 0) throw new IllegalArgumentException("syntax error in pattern");
        return new Glob(Pattern.compile(re.toString()));
    }
}
