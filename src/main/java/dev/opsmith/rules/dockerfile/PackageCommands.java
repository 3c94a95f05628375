package dev.opsmith.rules.dockerfile;

import dev.opsmith.format.dockerfile.Command;
import dev.opsmith.format.dockerfile.Dockerfile;
import dev.opsmith.format.dockerfile.Instruction;
import dev.opsmith.format.dockerfile.Word;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;

/**
 * How the package managers' command lines read: which tool a command is, its subcommand, its operands (options and
 * their values skipped), and the cleanup commands that follow an install. Shared by the package-manager rules.
 */
final class PackageCommands {
    static final Set<String> APT = Set.of("apt-get", "apt", "aptitude");
    static final Set<String> RPM = Set.of("yum", "dnf", "dnf5", "microdnf", "tdnf");

    static final Set<String> APT_VALUE_OPTS = Set.of("-o", "--option", "-t", "--target-release", "--default-release",
            "-c", "--config-file", "-a", "--host-architecture");
    static final Set<String> APK_VALUE_OPTS = Set.of("-X", "--repository", "-p", "--root", "--arch", "--cache-dir",
            "--keys-dir", "--repositories-file", "-t", "--virtual", "--cache-max-age", "--timeout");
    static final Set<String> RPM_VALUE_OPTS = Set.of("-c", "--config", "--releasever", "--installroot", "--enablerepo",
            "--disablerepo", "--repo", "--repoid", "--setopt", "-x", "--exclude", "-d", "--debuglevel", "-e",
            "--errorlevel", "--repofrompath", "--forcearch", "--disableplugin", "--enableplugin", "--downloaddir",
            "--destdir", "--advisory", "--cve", "--bz", "--secseverity", "--platform-id", "--use-host-config");
    static final Set<String> ZYPPER_VALUE_OPTS = Set.of("-R", "--root", "-c", "--config", "-D", "--reposd-dir", "-C",
            "--cache-dir", "--raw-cache-dir", "--solv-cache-dir", "--pkg-cache-dir", "-p", "--plus-repo",
            "--plus-content", "-t", "--type", "-r", "--repo", "--from", "--download");

    private static final Set<String> XARGS_VALUE_OPTS = Set.of("-n", "-I", "-L", "-P", "-d", "-a", "-E", "-s",
            "--max-args", "--max-lines", "--max-procs", "--delimiter", "--arg-file", "--eof", "--max-chars");

    /** One operand of a package command: the effective command, the word, and its text with variables resolved. */
    record Operand(Command command, Word word, Optional<String> resolved) {
    }

    private PackageCommands() {
    }

    /**
     * The operands of every {@code <tool> [options] <verb> …} in the RUNs (ONBUILD too), in file order, for one of
     * these tools and verbs; the verb is the first operand, options and their values skipped.
     */
    static List<Operand> installOperands(Dockerfile dockerfile, Set<String> tools, Set<String> verbs,
                                         Set<String> valueOptions) {
        return operandsAfter(dockerfile, e -> {
            int verb = tools.contains(e.name()) ? subcommandIndex(e, valueOptions) : -1;
            return verb >= 0 && verbs.contains(e.args().get(verb).value()) ? verb : -1;
        }, valueOptions);
    }

    /**
     * The operands after the verb of every RUN command (ONBUILD too), in file order; {@code verbIndex} gives the
     * verb's index in {@code args()} of an effective command, or -1 to skip it.
     */
    static List<Operand> operandsAfter(Dockerfile dockerfile, ToIntFunction<Command> verbIndex, Set<String> valueOptions) {
        List<Operand> out = new ArrayList<>();
        for (RunCommands.Run run : RunCommands.of(dockerfile)) {
            Instruction at = topLevel(dockerfile, run.instruction());
            for (Command c : run.commands()) {
                Command e = effective(c);
                int verb = verbIndex.applyAsInt(e);
                if (verb < 0) continue;
                for (Word w : operands(e, verb, valueOptions)) out.add(new Operand(e, w, resolved(dockerfile, at, w)));
            }
        }
        return out;
    }

    /**
     * The effective commands that fill a package cache ({@code fills}) with no later command in the same RUN that
     * {@code cleans} it, in RUNs of the final image without a cache mount over {@code cacheDirs}.
     */
    static List<Command> cacheLeftBehind(Dockerfile dockerfile, Predicate<Command> fills, Predicate<Command> cleans,
                                         String... cacheDirs) {
        List<Command> out = new ArrayList<>();
        for (RunCommands.Run run : RunCommands.of(dockerfile)) {
            if (!FinalImage.contains(dockerfile, run.instruction())) continue;
            if (CacheMounts.covers(run.instruction(), cacheDirs)) continue;
            for (Command c : run.commands()) {
                Command e = effective(c);
                if (fills.test(e) && !later(run, c, cleans)) out.add(e);
            }
        }
        return out;
    }

    /** The command with wrappers removed ({@code sudo}, {@code env}, … and {@code xargs [opts]}). */
    static Command effective(Command c) {
        Command e = c.effective();
        if (!e.name().equals("xargs")) return e;
        List<Word> words = e.words();
        int i = words.indexOf(e.nameWord().orElseThrow()) + 1;
        while (i < words.size() && words.get(i).value().startsWith("-")) {
            if (XARGS_VALUE_OPTS.contains(words.get(i).value())) i++;
            i++;
        }
        if (i >= words.size()) return e;
        List<Word> kept = words.subList(i, words.size());
        Command inner = new Command(kept, kept.get(0).span().union(kept.get(kept.size() - 1).span()),
                e.separatorBefore(), e.pipedFrom(), e.pipedTo(), e.redirects());
        return inner.effective();
    }

    /** Index in {@code args()} of the first operand (the subcommand), skipping options and their values; -1 if none. */
    static int subcommandIndex(Command e, Set<String> valueOptions) {
        List<Word> a = e.args();
        for (int i = 0; i < a.size(); i++) {
            String v = a.get(i).value();
            if (v.equals("--")) return i + 1 < a.size() ? i + 1 : -1;
            if (v.startsWith("-") && v.length() > 1) {
                if (valueOptions.contains(v)) i++;
            } else {
                return i;
            }
        }
        return -1;
    }

    /** The subcommand (first operand), or "" when there is none. */
    static String subcommand(Command e, Set<String> valueOptions) {
        int i = subcommandIndex(e, valueOptions);
        return i < 0 ? "" : e.args().get(i).value();
    }

    /** The operands after index {@code after} of {@code args()}, options and their values skipped. */
    static List<Word> operands(Command e, int after, Set<String> valueOptions) {
        List<Word> out = new ArrayList<>();
        List<Word> a = e.args();
        boolean rest = false;
        for (int i = after + 1; i < a.size(); i++) {
            Word w = a.get(i);
            String v = w.value();
            if (rest) {
                out.add(w);
            } else if (v.equals("--")) {
                rest = true;
            } else if (v.startsWith("-") && v.length() > 1) {
                if (valueOptions.contains(v)) i++;
            } else {
                out.add(w);
            }
        }
        return out;
    }

    /** The operands after the subcommand; empty when there is no subcommand. */
    static List<Word> operandsAfterSubcommand(Command e, Set<String> valueOptions) {
        int i = subcommandIndex(e, valueOptions);
        return i < 0 ? List.of() : operands(e, i, valueOptions);
    }

    /** The operand text with variables resolved; empty when a variable or command substitution stays unresolved. */
    static Optional<String> resolved(Dockerfile dockerfile, Instruction at, Word w) {
        String v = w.value();
        if (w.hasExpansion()) v = dockerfile.expand(at, v);
        if (v.indexOf('$') >= 0 || v.indexOf('`') >= 0) return Optional.empty();
        return Optional.of(v);
    }

    /** True for {@code rm} removing a path that starts with one of these prefixes (e.g. {@code /var/lib/apt/lists}). */
    static boolean removes(Command e, String... prefixes) {
        if (!e.name().equals("rm")) return false;
        for (Word w : e.positionals()) {
            String p = CacheMounts.normalize(w.value());
            for (String prefix : prefixes) if (p.startsWith(prefix)) return true;
        }
        return false;
    }

    /** True for a value an environment switch reads as on: {@code 1}, {@code true}, {@code yes}, {@code on}. */
    static boolean truthy(String value) {
        if (value == null) return false;
        return Set.of("1", "true", "yes", "on").contains(value.trim().toLowerCase(Locale.ROOT));
    }

    /** True when environment variable {@code name} is set to a true value for {@code command} (see {@link #envValue}). */
    static boolean envTrue(Dockerfile dockerfile, RunCommands.Run run, Command command, String name) {
        return envValue(dockerfile, run, command, name).map(PackageCommands::truthy).orElse(false);
    }

    /**
     * The value environment variable {@code name} has for {@code command}: inline ({@code NAME=1 cmd},
     * {@code env NAME=1 cmd}), else the last {@code export NAME=…} earlier in the same RUN, else ARG/ENV in scope.
     */
    static Optional<String> envValue(Dockerfile dockerfile, RunCommands.Run run, Command command, String name) {
        String prefix = name + "=";
        Word nameWord = command.effective().nameWord().orElse(null);
        for (Word w : command.words()) {
            if (w == nameWord) break;
            if (w.value().startsWith(prefix)) return Optional.of(w.value().substring(prefix.length()));
        }
        String exported = null;
        for (Command c : run.commands()) {
            if (c == command) break;
            if (!c.name().equals("export")) continue;
            for (Word w : c.args()) if (w.value().startsWith(prefix)) exported = w.value().substring(prefix.length());
        }
        if (exported != null) return Optional.of(exported);
        Instruction at = topLevel(dockerfile, run.instruction());
        return Optional.ofNullable(dockerfile.variablesAt(at).get(name));
    }

    /** The top-level instruction holding {@code instruction} (the ONBUILD for its inner instruction). */
    static Instruction topLevel(Dockerfile dockerfile, Instruction instruction) {
        for (Instruction i : dockerfile.instructions()) {
            if (i == instruction || i.inner() == instruction) return i;
        }
        return instruction;
    }

    /** True when some command after {@code command} in the RUN satisfies the test (effective commands). */
    static boolean later(RunCommands.Run run, Command command, Predicate<Command> test) {
        for (Command c : run.after(command)) if (test.test(effective(c))) return true;
        return false;
    }
}
