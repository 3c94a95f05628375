package dev.opsmith.format.compose;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code .env} file Compose reads beside the Compose file: {@code KEY=value} lines, {@code export} prefixes,
 * comments, single quotes (literal), double quotes (escapes), inline {@code #} comments after unquoted values,
 * and references to variables defined earlier in the file.
 */
final class DotEnv {
    private DotEnv() {
    }

    static Map<String, String> parse(String text) {
        Map<String, String> vars = new LinkedHashMap<>();
        for (String line : text.split("\\R")) {
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#")) continue;
            if (t.startsWith("export ")) t = t.substring("export ".length()).strip();
            int eq = t.indexOf('=');
            if (eq <= 0) continue; // a bare name takes the shell's value: unknown here
            String key = t.substring(0, eq).strip();
            if (!key.matches("[A-Za-z_][A-Za-z0-9_.-]*")) continue;
            String raw = t.substring(eq + 1).strip();
            String value;
            if (raw.startsWith("'")) {
                int close = raw.indexOf('\'', 1);
                value = close < 0 ? raw.substring(1) : raw.substring(1, close);
            } else {
                boolean quoted = raw.startsWith("\"");
                String body = quoted ? doubleQuoted(raw) : unquoted(raw);
                Interpolation.Result r = new Interpolation(vars).resolve(body);
                if (r.unresolved()) continue; // refers to the shell: unknown
                value = r.value();
            }
            vars.put(key, value);
        }
        return vars;
    }

    private static String unquoted(String raw) {
        int hash = raw.indexOf(" #");
        return (hash < 0 ? raw : raw.substring(0, hash)).strip();
    }

    private static String doubleQuoted(String raw) {
        StringBuilder out = new StringBuilder();
        for (int i = 1; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '"') break;
            if (c == '\\' && i + 1 < raw.length()) {
                char n = raw.charAt(++i);
                switch (n) {
                    case 'n' -> out.append('\n');
                    case 't' -> out.append('\t');
                    case 'r' -> out.append('\r');
                    default -> out.append(n);
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
