package dev.opsmith.format.terraform.eval.functions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A Terraform (RE2 syntax) regular expression compiled to a Java {@link Pattern}. Where the two engines read the
 * same text differently the pattern is rewritten ({@code $} without {@code m} means end of text, {@code \s} has no
 * vertical tab, {@code [} and {@code &&} are literal inside a class, {@code [[:alpha:]]} classes, {@code (?P<n>…)}
 * names with underscores, the ungreedy flag {@code U}); where Java accepts something RE2 rejects (back-references, look-around, possessive
 * quantifiers, atomic groups, Java-only escapes and flags) the pattern is refused with {@link Re2Exception}, so a
 * configuration never gets an answer Terraform would not give.
 *
 * @param groupNames the name of each capture group by number (index 0 is the whole match), null where unnamed
 */
record Re2Pattern(Pattern pattern, List<String> groupNames) {

    /** A pattern RE2 would reject, or that cannot be mapped faithfully. */
    static final class Re2Exception extends Exception {
        private static final long serialVersionUID = 1L;

        Re2Exception(String message) {
            super(message, null, false, false);
        }
    }

    private static final Map<String, String> POSIX_CLASSES = Map.ofEntries(
            Map.entry("alnum", "\\p{Alnum}"), Map.entry("alpha", "\\p{Alpha}"), Map.entry("ascii", "\\x00-\\x7F"),
            Map.entry("blank", "\\t "), Map.entry("cntrl", "\\p{Cntrl}"), Map.entry("digit", "0-9"),
            Map.entry("graph", "\\p{Graph}"), Map.entry("lower", "a-z"), Map.entry("print", "\\p{Print}"),
            Map.entry("punct", "\\p{Punct}"), Map.entry("space", "\\t\\n\\x0B\\f\\r "), Map.entry("upper", "A-Z"),
            Map.entry("word", "0-9A-Za-z_"), Map.entry("xdigit", "0-9A-Fa-f"));

    boolean hasNamedGroups() {
        return groupNames.stream().anyMatch(name -> name != null);
    }

    int groupCount() {
        return groupNames.size() - 1;
    }

    static Re2Pattern compile(String re2) throws Re2Exception {
        Translator translator = new Translator(re2);
        String javaPattern = translator.translate();
        try {
            return new Re2Pattern(Pattern.compile(javaPattern, Pattern.UNIX_LINES | Pattern.UNICODE_CASE),
                    java.util.Collections.unmodifiableList(new ArrayList<>(translator.names)));
        } catch (PatternSyntaxException e) {
            throw new Re2Exception("invalid regular expression: " + e.getDescription());
        }
    }

    /** One pass over the RE2 text, writing the Java equivalent and tracking groups and the multi-line flag. */
    private static final class Translator {
        private final String in;
        private final StringBuilder out = new StringBuilder();
        private final List<String> names = new ArrayList<>();
        /** Per open group: whether the m flag was on when it opened (restored when it closes). */
        private final List<boolean[]> flagStack = new ArrayList<>();
        private boolean multiline;
        /** RE2's U flag: quantifiers are lazy unless followed by {@code ?}. */
        private boolean ungreedy;
        private int pos;

        Translator(String in) {
            this.in = in;
            names.add(null);
        }

        String translate() throws Re2Exception {
            while (pos < in.length()) {
                char c = in.charAt(pos);
                switch (c) {
                    case '\\' -> escape(false);
                    case '[' -> charClass();
                    case '(' -> openGroup();
                    case ')' -> {
                        if (flagStack.isEmpty()) throw new Re2Exception("unexpected ): " + in);
                        boolean[] saved = flagStack.remove(flagStack.size() - 1);
                        multiline = saved[0];
                        ungreedy = saved[1];
                        out.append(')');
                        pos++;
                    }
                    case '$' -> {
                        out.append(multiline ? "(?:$)" : "\\z");
                        pos++;
                    }
                    case '{' -> repetition();
                    case '*', '+', '?' -> {
                        out.append(c);
                        pos++;
                        quantifierSuffix();
                    }
                    default -> {
                        out.append(c);
                        pos++;
                    }
                }
            }
            if (!flagStack.isEmpty()) throw new Re2Exception("missing closing ): " + in);
            return out.toString();
        }

        private void quantifierSuffix() throws Re2Exception {
            boolean lazy = pos < in.length() && in.charAt(pos) == '?';
            if (lazy) pos++;
            if (lazy != ungreedy) out.append('?');
            if (pos < in.length() && (in.charAt(pos) == '+' || in.charAt(pos) == '*')) {
                throw new Re2Exception("invalid nested repetition operator: " + in.substring(Math.max(0, pos - 1), pos + 1));
            }
        }

        private void repetition() throws Re2Exception {
            int close = in.indexOf('}', pos);
            String body = close < 0 ? "" : in.substring(pos + 1, close);
            if (close > 0 && body.matches("\\d+(,\\d*)?")) {
                String[] bounds = body.split(",", -1);
                for (String bound : bounds) {
                    if (!bound.isEmpty() && Integer.parseInt(bound.length() > 5 ? "99999" : bound) > 1000) {
                        throw new Re2Exception("invalid repeat count: {" + body + "}");
                    }
                }
                out.append('{').append(body).append('}');
                pos = close + 1;
                quantifierSuffix();
            } else {
                out.append("\\{");
                pos++;
            }
        }

        private void openGroup() throws Re2Exception {
            flagStack.add(new boolean[] {multiline, ungreedy});
            if (!in.startsWith("(?", pos)) {
                names.add(null);
                out.append('(');
                pos++;
                return;
            }
            if (in.startsWith("(?P<", pos) || in.startsWith("(?<", pos) && !in.startsWith("(?<=", pos) && !in.startsWith("(?<!", pos)) {
                int start = in.indexOf('<', pos) + 1;
                int end = in.indexOf('>', start);
                if (end < 0) throw new Re2Exception("invalid named capture: " + in.substring(pos));
                String name = in.substring(start, end);
                if (!name.matches("[A-Za-z0-9_]+")) throw new Re2Exception("invalid named capture: " + name);
                if (names.contains(name)) throw new Re2Exception("duplicate capture group name: " + name);
                names.add(name);
                out.append('(');
                pos = end + 1;
                return;
            }
            int end = pos + 2;
            while (end < in.length() && in.charAt(end) != ')' && in.charAt(end) != ':') end++;
            String flags = in.substring(pos + 2, Math.min(end, in.length()));
            if (end >= in.length() || !flags.matches("[imsU]*(-[imsU]*)?")) {
                throw new Re2Exception("invalid or unsupported Perl syntax: " + in.substring(pos, Math.min(in.length(), pos + 3))
                        + " (look-around and atomic groups are not part of Terraform's regular expressions)");
            }
            boolean on = true;
            boolean newMultiline = multiline;
            boolean newUngreedy = ungreedy;
            for (char flag : flags.toCharArray()) {
                if (flag == '-') on = false;
                else if (flag == 'm') newMultiline = on;
                else if (flag == 'U') newUngreedy = on;
            }
            // Java's U flag means something else (Unicode classes); RE2's is applied to the quantifiers instead.
            String javaFlags = flags.replace("U", "");
            if (javaFlags.endsWith("-")) javaFlags = javaFlags.substring(0, javaFlags.length() - 1);
            multiline = newMultiline;
            ungreedy = newUngreedy;
            if (in.charAt(end) == ')') {
                // (?flags) applies to the rest of the enclosing group: not a group of its own.
                flagStack.remove(flagStack.size() - 1);
                out.append(javaFlags.isEmpty() ? "" : "(?" + javaFlags + ")");
            } else {
                out.append("(?").append(javaFlags).append(':');
            }
            pos = end + 1;
        }

        private void charClass() throws Re2Exception {
            out.append('[');
            pos++;
            if (pos < in.length() && in.charAt(pos) == '^') {
                out.append('^');
                pos++;
            }
            boolean first = true;
            while (true) {
                if (pos >= in.length()) throw new Re2Exception("missing closing ]: " + in);
                char c = in.charAt(pos);
                if (c == ']' && !first) {
                    out.append(']');
                    pos++;
                    return;
                }
                first = false;
                if (c == '[' && in.startsWith("[:", pos)) {
                    int end = in.indexOf(":]", pos + 2);
                    if (end < 0) throw new Re2Exception("invalid character class range: " + in.substring(pos));
                    String name = in.substring(pos + 2, end);
                    boolean negated = name.startsWith("^");
                    String set = POSIX_CLASSES.get(negated ? name.substring(1) : name);
                    if (set == null) throw new Re2Exception("invalid character class range: [:" + name + ":]");
                    // Java reads a nested [..] inside a class as a union, which is what a negated POSIX class needs.
                    out.append(negated ? "[^" + set + "]" : set);
                    pos = end + 2;
                } else if (c == '\\') {
                    escape(true);
                } else if (c == '[' || c == '&' || c == ']') {
                    out.append('\\').append(c);
                    pos++;
                } else {
                    out.append(c);
                    pos++;
                }
            }
        }

        private void escape(boolean inClass) throws Re2Exception {
            if (pos + 1 >= in.length()) throw new Re2Exception("trailing backslash at end of expression");
            char c = in.charAt(pos + 1);
            pos += 2;
            switch (c) {
                case 'a' -> out.append("\\x07");
                case 'f', 't', 'n', 'r', 'd', 'D', 'w', 'W' -> out.append('\\').append(c);
                case 'v' -> out.append("\\x0B");
                case 's' -> out.append(inClass ? "\\t\\n\\f\\r " : "[\\t\\n\\f\\r ]");
                case 'S' -> {
                    if (inClass) throw new Re2Exception("\\S inside a character class is not supported");
                    out.append("[^\\t\\n\\f\\r ]");
                }
                case 'A', 'z', 'b', 'B' -> {
                    if (inClass) throw new Re2Exception("invalid escape sequence: \\" + c);
                    out.append('\\').append(c);
                }
                case 'x' -> hex();
                case 'p', 'P' -> unicodeClass(c);
                case 'Q' -> {
                    int end = in.indexOf("\\E", pos);
                    String literal = end < 0 ? in.substring(pos) : in.substring(pos, end);
                    for (char l : literal.toCharArray()) out.append(quoteChar(l));
                    pos = end < 0 ? in.length() : end + 2;
                }
                case '0', '1', '2', '3', '4', '5', '6', '7' -> octal(c);
                default -> {
                    if (Character.isLetterOrDigit(c)) throw new Re2Exception("invalid escape sequence: \\" + c);
                    out.append(quoteChar(c));
                }
            }
        }

        private static String quoteChar(char c) {
            return Character.isLetterOrDigit(c) || c == ' ' || c >= 0x80 ? String.valueOf(c) : "\\" + c;
        }

        private void hex() throws Re2Exception {
            if (pos < in.length() && in.charAt(pos) == '{') {
                int end = in.indexOf('}', pos);
                if (end < 0 || !in.substring(pos + 1, end).matches("[0-9A-Fa-f]{1,8}")) throw new Re2Exception("invalid escape sequence: \\x");
                out.append("\\x{").append(in, pos + 1, end).append('}');
                pos = end + 1;
            } else if (pos + 2 <= in.length() && in.substring(pos, pos + 2).matches("[0-9A-Fa-f]{2}")) {
                out.append("\\x").append(in, pos, pos + 2);
                pos += 2;
            } else {
                throw new Re2Exception("invalid escape sequence: \\x");
            }
        }

        private void octal(char first) throws Re2Exception {
            int start = pos - 1;
            int end = start + 1;
            while (end < in.length() && end - start < 3 && in.charAt(end) >= '0' && in.charAt(end) <= '7') end++;
            if (first != '0' && end - start == 1) {
                throw new Re2Exception("invalid escape sequence: \\" + first + " (back-references are not supported)");
            }
            out.append("\\x{").append(Integer.toHexString(Integer.parseInt(in.substring(start, end), 8))).append('}');
            pos = end;
        }

        private void unicodeClass(char kind) throws Re2Exception {
            String name;
            if (pos < in.length() && in.charAt(pos) == '{') {
                int end = in.indexOf('}', pos);
                if (end < 0) throw new Re2Exception("invalid character class range: \\" + kind);
                name = in.substring(pos + 1, end);
                pos = end + 1;
            } else if (pos < in.length()) {
                name = String.valueOf(in.charAt(pos));
                pos++;
            } else {
                throw new Re2Exception("invalid character class range: \\" + kind);
            }
            boolean negate = name.startsWith("^");
            String bare = negate ? name.substring(1) : name;
            if (!bare.matches("L[ultmo]?|M[nce]?|N[dlo]?|P[cdseifo]?|S[mcko]?|Z[slp]?|C[cfson]?")) {
                String script = bare.equals("Any") ? null : bare;
                if (script == null || !script.matches("[A-Z][a-z]+(_[A-Z][a-z]+)*")) {
                    throw new Re2Exception("invalid character class range: \\" + kind + "{" + name + "}");
                }
                bare = "sc=" + script;
            }
            char effective = negate == (kind == 'P') ? 'p' : 'P';
            out.append('\\').append(effective).append('{').append(bare).append('}');
        }
    }
}
