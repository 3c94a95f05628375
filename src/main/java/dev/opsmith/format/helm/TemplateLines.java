package dev.opsmith.format.helm;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The YAML keys a Helm template writes, line by line, with the chain of parent keys its indentation gives.
 * A template is not YAML (actions may stand anywhere), but the lines that write keys usually keep the indentation
 * of the output, which is what lets a key path from the rendered document find its template line.
 */
public final class TemplateLines {
    private static final Pattern KEY = Pattern.compile(
            "^((?:- +)*)(\"[^\"]*\"|'[^']*'|[^\\s#:{}\\[\\],&*!|>'\"%@`-][^:#{}]*?|-[^\\s:#{}][^:#{}]*?)\\s*:(?:\\s|$)(.*)$");
    private static final Pattern VALUES = Pattern.compile("\\.Values((?:\\.[A-Za-z_][A-Za-z0-9_-]*)+)");
    private static final Pattern WITH_VALUES = Pattern.compile("\\{\\{-?\\s*with\\s+\\.Values((?:\\.[A-Za-z_][A-Za-z0-9_-]*)+)");
    private static final Pattern DOT_ONLY = Pattern.compile("(toYaml|include\\s+\"[^\"]*\")\\s+\\.\\s*[|}]|toYaml\\s+\\.\\s*$");

    /** A line that writes a key: its 1-based number, the key's column, and the keys from the document root. */
    public record KeyLine(int line, int column, int indent, List<String> path, String rest) {
    }

    /** Where a key path was found, how many of its trailing keys matched, and the values path the line reads. */
    public record Match(int line, int column, int matchedKeys, List<String> unmatched, Optional<String> valuesPath) {
    }

    private final List<String> lines;
    private final List<KeyLine> keys;

    private TemplateLines(List<String> lines, List<KeyLine> keys) {
        this.lines = lines;
        this.keys = keys;
    }

    public static TemplateLines of(String text) {
        List<String> lines = List.of(text.split("\n", -1));
        List<KeyLine> keys = new ArrayList<>();
        Deque<KeyLine> stack = new ArrayDeque<>();
        int blockScalarIndent = -1; // inside a literal/folded block: lines deeper than this are text
        for (int i = 0; i < lines.size(); i++) {
            String raw = lines.get(i).replace("\t", "    ");
            String stripped = raw.strip();
            int indent = raw.length() - raw.stripLeading().length();
            if (stripped.isEmpty()) continue;
            if (blockScalarIndent >= 0) {
                if (indent > blockScalarIndent) continue;
                blockScalarIndent = -1;
            }
            if (stripped.startsWith("#") || stripped.startsWith("{{") || stripped.equals("---")) continue;
            Matcher m = KEY.matcher(stripped);
            if (!m.matches()) continue;
            int keyColumn = indent + m.group(1).length();
            String key = unquote(m.group(2).strip());
            while (!stack.isEmpty() && stack.peek().indent() >= keyColumn) stack.pop();
            List<String> path = new ArrayList<>();
            stack.descendingIterator().forEachRemaining(k -> path.add(k.path().get(k.path().size() - 1)));
            path.add(key);
            KeyLine kl = new KeyLine(i + 1, keyColumn + 1, keyColumn, List.copyOf(path), m.group(3).strip());
            keys.add(kl);
            stack.push(kl);
            String rest = m.group(3).strip();
            if (rest.startsWith("|") || rest.startsWith(">")) blockScalarIndent = keyColumn;
        }
        return new TemplateLines(lines, List.copyOf(keys));
    }

    public List<KeyLine> keyLines() {
        return keys;
    }

    /**
     * The template line for a rendered key path. Candidates end with the path's last key; the one sharing the
     * longest run of parent keys wins, and among equals the {@code occurrence}-th (0-based) in template order.
     * When no line writes the last key (a block inserted by {@code toYaml} or {@code include}), the path is
     * shortened until a line matches; the keys left over are {@link Match#unmatched()}.
     */
    public Optional<Match> locate(List<String> path, int occurrence) {
        for (int len = path.size(); len > 0; len--) {
            List<String> wanted = path.subList(0, len);
            String last = wanted.get(len - 1);
            int best = 0;
            List<KeyLine> winners = new ArrayList<>();
            for (KeyLine k : keys) {
                if (!k.path().get(k.path().size() - 1).equals(last)) continue;
                int score = commonSuffix(wanted, k.path());
                if (score > best) {
                    best = score;
                    winners.clear();
                }
                if (score == best) winners.add(k);
            }
            if (winners.isEmpty()) continue;
            KeyLine chosen = winners.get(Math.min(occurrence, winners.size() - 1));
            List<String> unmatched = List.copyOf(path.subList(len, path.size()));
            return Optional.of(new Match(chosen.line(), chosen.column(), best, unmatched, valuesPath(chosen)));
        }
        return Optional.empty();
    }

    /**
     * The values path a key line reads: {@code .Values.x.y} on the line itself, or in the actions of the lines
     * nested under it (a {@code toYaml .Values.x | nindent} block); {@code toYaml .} inside {@code with .Values.x}
     * reads {@code x}.
     */
    private Optional<String> valuesPath(KeyLine key) {
        Optional<String> own = find(key.rest());
        if (own.isPresent()) return own;
        for (int n = key.line(); n < lines.size(); n++) { // lines after the key (0-based index n is line n + 1)
            String raw = lines.get(n);
            String stripped = raw.strip();
            if (stripped.isEmpty()) continue;
            int indent = raw.length() - raw.stripLeading().length();
            if (!stripped.startsWith("{{") && indent <= key.indent()) break;
            if (!stripped.startsWith("{{")) continue;
            Optional<String> found = find(stripped);
            if (found.isPresent()) return found;
            if (DOT_ONLY.matcher(stripped).find()) return enclosingWith(key.line() - 1);
        }
        return Optional.empty();
    }

    private Optional<String> enclosingWith(int index) {
        for (int n = index; n >= 0; n--) {
            Matcher m = WITH_VALUES.matcher(lines.get(n));
            if (m.find()) return Optional.of(m.group(1).substring(1));
        }
        return Optional.empty();
    }

    private static Optional<String> find(String text) {
        Matcher m = VALUES.matcher(text);
        return m.find() ? Optional.of(m.group(1).substring(1)) : Optional.empty();
    }

    private static int commonSuffix(List<String> a, List<String> b) {
        int n = 0;
        while (n < a.size() && n < b.size() && a.get(a.size() - 1 - n).equals(b.get(b.size() - 1 - n))) n++;
        return n;
    }

    private static String unquote(String key) {
        if (key.length() >= 2 && (key.startsWith("\"") && key.endsWith("\"") || key.startsWith("'") && key.endsWith("'"))) {
            return key.substring(1, key.length() - 1);
        }
        return key;
    }
}
