package dev.opsmith.format.compose;

import java.util.Map;

/**
 * Compose's variable interpolation for rule purposes, over the variables of the {@code .env} file beside the
 * Compose file: {@code $VAR}, {@code ${VAR}}, {@code ${VAR:-default}}, {@code ${VAR-default}},
 * {@code ${VAR:?err}}, {@code ${VAR?err}}, {@code ${VAR:+alt}}, {@code ${VAR+alt}} (nested), and {@code $$}.
 * Variables that only the shell would supply are unknown here: a value using one is <em>unresolved</em> and rules
 * do not guess it. The variables' values are reachable only through interpolation, never listed (they are
 * often secrets).
 */
public final class Interpolation {
    /** No {@code .env}: every variable without a default is unresolved. */
    public static final Interpolation NONE = new Interpolation(Map.of());

    private final Map<String, String> variables;

    Interpolation(Map<String, String> variables) {
        this.variables = Map.copyOf(variables);
    }

    /** Interpolation over the variables of a {@code .env} file's text. */
    public static Interpolation ofDotEnv(String text) {
        return new Interpolation(DotEnv.parse(text));
    }

    /** Whether {@code .env} defines the variable (its value stays private). */
    public boolean defines(String name) {
        return variables.containsKey(name);
    }

    /**
     * A value after interpolation.
     *
     * @param value      the interpolated text; unresolved references are kept as written
     * @param unresolved whether a variable could not be resolved (a rule must not judge the value)
     */
    public record Result(String value, boolean unresolved) {
        @Override
        public String toString() {
            return unresolved ? "unresolved" : "resolved"; // never print values: .env holds secrets
        }
    }

    public Result resolve(String raw) {
        if (raw.indexOf('$') < 0) return new Result(raw, false);
        StringBuilder out = new StringBuilder(raw.length());
        boolean unresolved = false;
        int i = 0;
        while (i < raw.length()) {
            char c = raw.charAt(i);
            if (c != '$' || i + 1 >= raw.length()) {
                out.append(c);
                i++;
                continue;
            }
            char next = raw.charAt(i + 1);
            if (next == '$') {
                out.append('$');
                i += 2;
            } else if (next == '{') {
                int close = closingBrace(raw, i + 2);
                if (close < 0) { // invalid interpolation format: Compose rejects it
                    out.append(raw, i, raw.length());
                    return new Result(out.toString(), true);
                }
                Result r = braced(raw.substring(i + 2, close));
                if (r == null) {
                    out.append(raw, i, close + 1);
                    unresolved = true;
                } else {
                    out.append(r.value());
                    unresolved |= r.unresolved();
                }
                i = close + 1;
            } else if (Character.isLetter(next) || next == '_') {
                int end = nameEnd(raw, i + 1);
                String name = raw.substring(i + 1, end);
                if (variables.containsKey(name)) {
                    out.append(variables.get(name));
                } else {
                    out.append(raw, i, end);
                    unresolved = true;
                }
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        return new Result(out.toString(), unresolved);
    }

    /** The value of {@code NAME[op arg]}; null when unresolved. */
    private Result braced(String inner) {
        int end = nameEnd(inner, 0);
        if (end == 0) return null;
        String name = inner.substring(0, end);
        String rest = inner.substring(end);
        boolean set = variables.containsKey(name);
        String value = set ? variables.get(name) : null;
        if (rest.isEmpty()) return set ? new Result(value, false) : null;
        boolean colon = rest.startsWith(":");
        String op = colon ? rest.substring(0, Math.min(2, rest.length())) : rest.substring(0, 1);
        String arg = rest.substring(op.length());
        boolean present = colon ? set && !value.isEmpty() : set;
        return switch (op) {
            case ":-", "-" -> present ? new Result(value, false) : resolve(arg);
            case ":?", "?" -> present ? new Result(value, false) : null;
            case ":+", "+" -> present ? resolve(arg) : new Result("", false);
            default -> null;
        };
    }

    private static int nameEnd(String s, int from) {
        int i = from;
        if (i < s.length() && (Character.isLetter(s.charAt(i)) || s.charAt(i) == '_')) i++;
        else return from;
        while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_')) i++;
        return i;
    }

    private static int closingBrace(String s, int from) {
        int depth = 1;
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '$' && i + 1 < s.length() && s.charAt(i + 1) == '{') {
                depth++;
                i++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public String toString() {
        return "Interpolation[" + variables.size() + " variables]";
    }
}
