package dev.opsmith.format.dockerfile;

import dev.opsmith.core.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One simple shell command of a {@link Script}: its words (leading {@code VAR=value} assignments included,
 * redirections excluded) and how it is joined to the previous command.
 *
 * @param words           the words, quotes removed; {@code $(…)} kept inside its word
 * @param span            from the first word (or redirection) to the last
 * @param separatorBefore {@code ""} for the first command, else {@code "&&"}, {@code "||"}, {@code ";"}, {@code "|"},
 *                        {@code "&"} or {@code "\n"} (the last operator before it; a newline only when no other)
 * @param pipedFrom       its stdin is the previous command's stdout
 * @param pipedTo         its stdout goes to the next command
 * @param redirects       redirections such as {@code >/dev/null}, {@code 2>&1}, {@code <<EOF}: operator and target in one word
 */
public record Command(List<Word> words, Span span, String separatorBefore, boolean pipedFrom, boolean pipedTo,
                      List<Word> redirects) {

    private static final Set<String> SUDO_OPTS_WITH_ARG = Set.of("-u", "-g", "-p", "-C", "-h", "-r", "-t", "-U", "-D", "-R", "-T");

    public Command {
        words = List.copyOf(words);
        redirects = List.copyOf(redirects);
    }

    /** True for {@code NAME=value} (or {@code NAME+=value}) as written, unquoted name. */
    public static boolean isAssignment(Word w) {
        String r = w.raw();
        int i = 0;
        if (r.isEmpty() || !(Character.isLetter(r.charAt(0)) || r.charAt(0) == '_')) return false;
        while (i < r.length() && (Character.isLetterOrDigit(r.charAt(i)) || r.charAt(i) == '_')) i++;
        if (i < r.length() && r.charAt(i) == '+') i++;
        return i < r.length() && r.charAt(i) == '=';
    }

    /** Index of the first non-assignment word, or {@code words.size()}. */
    private int nameIndex() {
        int i = 0;
        while (i < words.size() && isAssignment(words.get(i))) i++;
        return i;
    }

    /** The first non-assignment word (the command as written, e.g. {@code /usr/bin/apt-get} or {@code sudo}). */
    public Optional<Word> nameWord() {
        int i = nameIndex();
        return i < words.size() ? Optional.of(words.get(i)) : Optional.empty();
    }

    /** Basename of the first non-assignment word ({@code sudo} stays visible here; see {@link #effective()}); "" if none. */
    public String name() {
        return nameWord().map(w -> {
            String v = w.value();
            int slash = v.lastIndexOf('/');
            return slash >= 0 && slash < v.length() - 1 ? v.substring(slash + 1) : v;
        }).orElse("");
    }

    /** Leading {@code VAR=value} words. */
    public List<Word> assignments() {
        return words.subList(0, nameIndex());
    }

    /** The words after the name. */
    public List<Word> args() {
        int i = nameIndex();
        return i < words.size() ? words.subList(i + 1, words.size()) : List.of();
    }

    /**
     * This command with wrappers removed: {@code sudo [opts]}, {@code env [opts] [VAR=x]…}, {@code exec}, {@code command},
     * {@code nohup}, {@code time}, {@code nice [-n N]} (repeatedly, e.g. {@code sudo -E env X=1 apt-get}).
     * Leading assignments are kept. Returns {@code this} when there is nothing to strip.
     */
    public Command effective() {
        int i = nameIndex();
        int start = i;
        boolean changed = true;
        while (changed && i < words.size()) {
            changed = false;
            String n = basename(words.get(i).value());
            switch (n) {
                case "sudo" -> {
                    i++;
                    while (i < words.size() && words.get(i).value().startsWith("-")) {
                        String o = words.get(i).value();
                        i++;
                        if (o.equals("--")) break;
                        if (SUDO_OPTS_WITH_ARG.contains(o)) i++;
                    }
                    changed = true;
                }
                case "env" -> {
                    i++;
                    while (i < words.size()) {
                        Word w = words.get(i);
                        String o = w.value();
                        if (o.equals("-u") || o.equals("--unset") || o.equals("-C") || o.equals("--chdir")) i += 2;
                        else if (o.startsWith("-") || isAssignment(w)) i++;
                        else break;
                    }
                    changed = true;
                }
                case "exec" -> {
                    i++;
                    while (i < words.size() && words.get(i).value().startsWith("-")) {
                        if (words.get(i).value().equals("-a")) i++;
                        i++;
                    }
                    changed = true;
                }
                case "command", "time" -> {
                    i++;
                    while (i < words.size() && words.get(i).value().startsWith("-")) i++;
                    changed = true;
                }
                case "nohup" -> {
                    i++;
                    changed = true;
                }
                case "nice" -> {
                    i++;
                    while (i < words.size() && words.get(i).value().startsWith("-")) {
                        if (words.get(i).value().equals("-n")) i++;
                        i++;
                    }
                    changed = true;
                }
                default -> {
                }
            }
        }
        if (i == start) return this;
        i = Math.min(i, words.size());
        List<Word> kept = new ArrayList<>(words.subList(0, start));
        kept.addAll(words.subList(i, words.size()));
        Span s = kept.isEmpty() ? span : kept.get(0).span().union(kept.get(kept.size() - 1).span());
        return new Command(kept, s, separatorBefore, pipedFrom, pipedTo, redirects);
    }

    private static String basename(String v) {
        int slash = v.lastIndexOf('/');
        return slash >= 0 && slash < v.length() - 1 ? v.substring(slash + 1) : v;
    }

    /**
     * True when any of the flags is present among {@link #args()} (before a {@code --}). Give flags as written:
     * {@code "-y"} also matches combined short flags ({@code -qy}); {@code "--yes"} also matches {@code --yes=…}.
     */
    public boolean hasFlag(String... flags) {
        for (Word w : args()) {
            String v = w.value();
            if (v.equals("--")) return false;
            for (String f : flags) {
                if (matchesFlag(v, f)) return true;
            }
        }
        return false;
    }

    private static boolean matchesFlag(String v, String f) {
        if (f.startsWith("--")) return v.equals(f) || v.startsWith(f + "=");
        if (f.startsWith("-") && f.length() == 2) {
            if (v.equals(f)) return true;
            if (v.length() > 2 && v.charAt(0) == '-' && v.charAt(1) != '-' && v.indexOf('=') < 0) {
                return v.indexOf(f.charAt(1), 1) >= 0;
            }
            return false;
        }
        return v.equals(f);
    }

    /**
     * The value of the first of these flags: {@code --opt=value}, {@code --opt value}, {@code -o value},
     * {@code -ovalue}, or a single-letter flag closing a combined group ({@code -sSLo file}, {@code -qO-}).
     * Ask only for flags that take a value. Empty when absent or without a value.
     */
    public Optional<String> flagValue(String... flags) {
        List<Word> a = args();
        for (int i = 0; i < a.size(); i++) {
            String v = a.get(i).value();
            if (v.equals("--")) break;
            for (String f : flags) {
                if (v.equals(f)) {
                    return i + 1 < a.size() ? Optional.of(a.get(i + 1).value()) : Optional.empty();
                }
                if (f.startsWith("--") && v.startsWith(f + "=")) return Optional.of(v.substring(f.length() + 1));
                if (!f.startsWith("--") && f.length() == 2 && v.length() > 2 && v.charAt(0) == '-' && v.charAt(1) != '-') {
                    // -ovalue, -o=value, or combined -qO- / -sSLo file
                    int at = v.indexOf(f.charAt(1), 1);
                    if (at > 0) {
                        String rest = v.substring(at + 1);
                        if (rest.startsWith("=")) return Optional.of(rest.substring(1));
                        if (!rest.isEmpty()) return Optional.of(rest);
                        return i + 1 < a.size() ? Optional.of(a.get(i + 1).value()) : Optional.empty();
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The arguments that are not flags (words not starting with {@code -}, and everything after {@code --}).
     * Flags listed in {@code flagsTakingValue} (e.g. {@code "-o", "--output"}) also consume the next word.
     */
    public List<Word> positionals(String... flagsTakingValue) {
        List<Word> out = new ArrayList<>();
        List<Word> a = args();
        boolean rest = false;
        for (int i = 0; i < a.size(); i++) {
            Word w = a.get(i);
            String v = w.value();
            if (rest) {
                out.add(w);
            } else if (v.equals("--")) {
                rest = true;
            } else if (v.startsWith("-") && v.length() > 1) {
                for (String f : flagsTakingValue) {
                    if (v.equals(f)) {
                        i++;
                        break;
                    }
                }
            } else {
                out.add(w);
            }
        }
        return out;
    }

    /** The words' raw text joined by single spaces (for messages). */
    public String text() {
        StringBuilder sb = new StringBuilder();
        for (Word w : words) {
            if (sb.length() > 0) sb.append(' ');
            sb.append(w.raw());
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return (separatorBefore.isEmpty() ? "" : separatorBefore.equals("\n") ? "\\n " : separatorBefore + " ") + text();
    }
}
