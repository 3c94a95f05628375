package dev.opsmith.rules.dockerfile;

import dev.opsmith.core.SourceFile;
import dev.opsmith.core.Span;
import dev.opsmith.format.dockerfile.Command;
import dev.opsmith.format.dockerfile.Dockerfile;
import dev.opsmith.format.dockerfile.DockerfileParseException;
import dev.opsmith.format.dockerfile.DockerfileParser;
import dev.opsmith.format.dockerfile.Flag;
import dev.opsmith.format.dockerfile.Instruction;
import dev.opsmith.format.dockerfile.Word;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Every shell command a RUN runs, for the secrets and supply-chain rules: the parsed script (heredocs included),
 * exec-form {@code RUN ["sh","-c","…"]}, and the text of nested {@code sh -c "…"}, in order. ONBUILD RUN counts.
 * Commands read out of a {@code -c} string carry the span of that string's word (the parser does not map inside it).
 */
final class RunCommands {
    private static final Set<String> SHELLS = Set.of("sh", "bash", "ash", "dash", "zsh", "ksh", "mksh");
    private static final int MAX_NESTING = 3;

    /** One RUN instruction (or ONBUILD's inner RUN) and its commands in order. */
    record Run(Instruction instruction, List<Command> commands) {
        /** True when the RUN has a {@code --mount} of one of these types ({@code secret}, {@code ssh}). */
        boolean mounts(String... types) {
            return RunCommands.mounts(instruction, types);
        }

        /** The commands after {@code c}, in order. */
        List<Command> after(Command c) {
            for (int i = 0; i < commands.size(); i++) {
                if (commands.get(i) == c) return commands.subList(i + 1, commands.size());
            }
            return List.of();
        }
    }

    private RunCommands() {
    }

    /** True when the instruction has a {@code --mount} of one of these types ({@code secret}, {@code ssh}). */
    static boolean mounts(Instruction instruction, String... types) {
        for (var flag : instruction.flags("mount")) {
            String type = flag.mount().getOrDefault("type", "bind").toLowerCase(Locale.ROOT);
            for (String t : types) if (t.equals(type)) return true;
        }
        return false;
    }

    /** Every instruction in file order, ONBUILD triggers replaced by the instruction they wrap. */
    static List<Instruction> unwrapped(Dockerfile dockerfile) {
        List<Instruction> out = new ArrayList<>();
        for (Instruction i : dockerfile.instructions()) {
            Instruction real = i.is("ONBUILD") ? i.inner() : i;
            if (real != null) out.add(real);
        }
        return out;
    }

    /**
     * The {@code --name} flags of every RUN (ONBUILD too), in file order, whose value with variables expanded is
     * {@code value} (compared in lower case).
     */
    static List<Flag> runFlags(Dockerfile dockerfile, String name, String value) {
        List<Flag> out = new ArrayList<>();
        for (Instruction run : unwrapped(dockerfile)) {
            if (!run.is("RUN")) continue;
            for (Flag f : run.flags(name)) {
                String v = f.value() == null ? "" : dockerfile.expand(run, f.value()).toLowerCase(Locale.ROOT);
                if (v.equals(value)) out.add(f);
            }
        }
        return out;
    }

    /** Every RUN, top level and ONBUILD, in file order; computed once per file for all rules. */
    static List<Run> of(Dockerfile dockerfile) {
        return dockerfile.derived(RunCommands.class, RunCommands::compute);
    }

    private static List<Run> compute(Dockerfile dockerfile) {
        List<Run> out = new ArrayList<>();
        for (Instruction i : dockerfile.instructions()) {
            Instruction run = i.is("ONBUILD") ? i.inner() : i;
            if (run != null && run.is("RUN")) out.add(new Run(run, commands(run)));
        }
        return List.copyOf(out);
    }

    /** The commands of one RUN (or shell-form CMD/ENTRYPOINT) with nested {@code sh -c} scripts expanded after their command. */
    static List<Command> commands(Instruction run) {
        List<Command> out = new ArrayList<>();
        if (run.script() != null) {
            for (Command c : run.script().commands()) add(c, out, 0);
        } else if (run.execForm() && !run.words().isEmpty()) {
            Command exec = new Command(run.words(), run.argumentsSpan(), "", false, false, List.of());
            add(exec, out, 0);
        }
        return out;
    }

    private static void add(Command c, List<Command> out, int depth) {
        out.add(c);
        if (depth >= MAX_NESTING) return;
        Command e = c.effective();
        if (!SHELLS.contains(e.name())) return;
        List<Word> args = e.args();
        for (int i = 0; i < args.size(); i++) {
            String v = args.get(i).value();
            if (v.equals("-o") || v.equals("+o")) {
                i++;
                continue;
            }
            if (v.equals("--") || !v.startsWith("-")) return;
            if (!v.startsWith("--") && v.indexOf('c') > 0) {
                if (i + 1 < args.size()) {
                    for (Command inner : parse(args.get(i + 1))) add(inner, out, depth + 1);
                }
                return;
            }
        }
    }

    /** The commands of a {@code -c} script word, each word placed at the script word's span. */
    private static List<Command> parse(Word script) {
        String body = script.value();
        String delimiter = "OPSMITH_EOF";
        while (body.contains(delimiter)) delimiter += "_";
        String text = "FROM scratch\nRUN <<'" + delimiter + "'\n" + body + "\n" + delimiter + "\n";
        Dockerfile parsed;
        try {
            parsed = DockerfileParser.parse(SourceFile.of("sh-c", text));
        } catch (DockerfileParseException | RuntimeException e) {
            return List.of();
        }
        List<Instruction> runs = parsed.instructions("RUN");
        if (runs.isEmpty() || runs.get(0).script() == null) return List.of();
        Span at = script.span();
        List<Command> out = new ArrayList<>();
        for (Command c : runs.get(0).script().commands()) {
            out.add(new Command(moved(c.words(), at), at, c.separatorBefore(), c.pipedFrom(), c.pipedTo(),
                    moved(c.redirects(), at)));
        }
        return out;
    }

    private static List<Word> moved(List<Word> words, Span at) {
        List<Word> out = new ArrayList<>(words.size());
        for (Word w : words) out.add(new Word(w.value(), w.raw(), at));
        return out;
    }

    /** The argument word that is one of these flags (same matching as {@link Command#hasFlag}). */
    static Optional<Word> flagWord(Command c, String... flags) {
        for (Word w : c.args()) {
            String v = w.value();
            if (v.equals("--")) break;
            for (String f : flags) {
                if (f.startsWith("--") ? v.equals(f) || v.startsWith(f + "=")
                        : v.equals(f) || (f.length() == 2 && v.length() > 2 && v.charAt(0) == '-' && v.charAt(1) != '-'
                        && v.indexOf('=') < 0 && v.indexOf(f.charAt(1), 1) >= 0)) {
                    return Optional.of(w);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The word holding a flag's value: the flag word itself for {@code --opt=value} / {@code -ovalue}, else the next
     * word. Empty when the flag is absent or has no value.
     */
    static Optional<Word> valueWord(Command c, String... flags) {
        List<Word> a = c.args();
        for (int i = 0; i < a.size(); i++) {
            String v = a.get(i).value();
            if (v.equals("--")) break;
            for (String f : flags) {
                if (v.equals(f)) return i + 1 < a.size() ? Optional.of(a.get(i + 1)) : Optional.empty();
                if (f.startsWith("--") && v.startsWith(f + "=")) return Optional.of(a.get(i));
                if (!f.startsWith("--") && f.length() == 2 && v.startsWith(f) && v.length() > 2) return Optional.of(a.get(i));
            }
        }
        return Optional.empty();
    }

    /** True for pip as a command: {@code pip}, {@code pip3}, {@code pip3.12}, or {@code python -m pip}. */
    static boolean isPip(Command c) {
        Command e = c.effective();
        String n = e.name();
        if (n.equals("pip") || n.matches("pip[0-9][0-9.]*")) return true;
        if (n.equals("python") || n.matches("python[0-9][0-9.]*")) {
            List<Word> a = e.args();
            for (int i = 0; i + 1 < a.size(); i++) {
                if (a.get(i).value().equals("-m") && a.get(i + 1).value().equals("pip")) return true;
            }
        }
        return false;
    }

    /** The subcommand of a git command, skipping the global options {@code -C dir}, {@code -c key=value}; "" if none. */
    static String gitSubcommand(Command c) {
        List<Word> a = c.effective().args();
        for (int i = 0; i < a.size(); i++) {
            String v = a.get(i).value();
            if (v.equals("-C") || v.equals("-c") || v.equals("--git-dir") || v.equals("--work-tree")) {
                i++;
            } else if (!v.startsWith("-")) {
                return v;
            }
        }
        return "";
    }
}
