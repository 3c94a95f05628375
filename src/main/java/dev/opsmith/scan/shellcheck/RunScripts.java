package dev.opsmith.scan.shellcheck;

import dev.opsmith.core.SourceFile;
import dev.opsmith.core.Span;
import dev.opsmith.format.dockerfile.Command;
import dev.opsmith.format.dockerfile.Dockerfile;
import dev.opsmith.format.dockerfile.Flag;
import dev.opsmith.format.dockerfile.Heredoc;
import dev.opsmith.format.dockerfile.Instruction;
import dev.opsmith.format.dockerfile.KeyValue;
import dev.opsmith.format.dockerfile.Stage;
import dev.opsmith.format.dockerfile.Word;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The shell scripts of a Dockerfile as ShellCheck should see them: every shell-form {@code RUN} (also under
 * {@code ONBUILD}) and every heredoc body a shell runs. Each script starts with lines we add: a
 * {@code # shellcheck shell=} directive for the shell that runs it (the stage's {@code SHELL}, {@code sh} by default,
 * or the heredoc's {@code #!} line or reading shell) and an {@code export} of the ARG and ENV names in scope that the
 * script mentions, so that ShellCheck knows they are set (SC2154). The rest is the Dockerfile text, character for
 * character; a heredoc body that is checked on its own stays in its RUN's script as added text, so that nothing in it is
 * reported twice.
 */
final class RunScripts {
    /** Build arguments BuildKit passes to every RUN without an ARG. */
    private static final List<String> PREDEFINED = List.of("HTTP_PROXY", "http_proxy", "HTTPS_PROXY", "https_proxy",
            "FTP_PROXY", "ftp_proxy", "NO_PROXY", "no_proxy", "ALL_PROXY", "all_proxy");
    private static final Map<String, String> DIALECTS = Map.of("sh", "sh", "ash", "sh", "busybox", "sh", "dash", "dash",
            "bash", "bash", "ksh", "ksh", "mksh", "ksh", "ksh93", "ksh");
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern HEREDOC_MARKER = Pattern.compile("[0-9]*<<-?[^<].*");

    private RunScripts() {
    }

    static List<MappedScript> of(Dockerfile df) {
        List<MappedScript> out = new ArrayList<>();
        for (Instruction ins : df.instructions()) {
            Instruction run = ins.is("RUN") ? ins
                    : ins.is("ONBUILD") && ins.inner() != null && ins.inner().is("RUN") ? ins.inner() : null;
            if (run == null || run.script() == null) continue; // exec form, or a SHELL that is not a POSIX shell
            Stage stage = df.stageOf(ins).orElse(null);
            if (stage == null) continue;
            String shell = shellAt(stage, ins);
            String dialect = shell != null ? dialect(shell) : isWindows(stage) ? null : "sh";
            String exports = exports(stage, ins, run);
            add(out, df, run, dialect, exports);
        }
        return out;
    }

    private static void add(List<MappedScript> out, Dockerfile df, Instruction run, String dialect, String exports) {
        SourceFile file = df.source();
        List<Heredoc> heredocs = run.heredocs();
        boolean onlyHeredocs = !heredocs.isEmpty()
                && run.words().stream().allMatch(w -> HEREDOC_MARKER.matcher(w.raw()).matches());
        if (!onlyHeredocs && dialect != null) {
            MappedScript.Builder b = header(file, dialect, exports);
            appendArguments(b, df, run);
            if (!heredocs.isEmpty()) {
                Span as = run.argumentsSpan();
                b.append('\n', file.offset(as.endLine(), as.endColumn()));
                int firstLine = heredocs.get(0).firstBodyLine();
                int lastLine = heredocs.get(heredocs.size() - 1).span().endLine();
                for (int line = firstLine; line <= lastLine; line++) {
                    int from = file.offset(line, 1);
                    int to = from + file.line(line).length();
                    if (checkedOnItsOwn(heredocs, line)) {
                        b.appendAdded(file.line(line)).appendAdded("\n");
                    } else {
                        b.appendFile(from, to).append('\n', to);
                    }
                }
            }
            out.add(b.build());
        }
        for (int h = 0; h < heredocs.size(); h++) {
            Heredoc hd = heredocs.get(h);
            if (hd.script() == null || hd.bodyLineCount() == 0) continue;
            String body = hd.body();
            String shell = body.startsWith("#!") ? interpreter(body) : onlyHeredocs && h == 0 ? null : readerOf(run, hd);
            String d = shell != null ? dialect(shell) : dialect;
            if (d == null) continue;
            MappedScript.Builder b = header(file, d, exports);
            for (int i = 0; i < hd.bodyLineCount(); i++) {
                Span line = hd.spanOfBodyLine(i);
                int from = file.offset(line.line(), line.column());
                int to = file.offset(line.endLine(), line.endColumn());
                if (hd.stripTabs()) while (from < to && file.text().charAt(from) == '\t') from++;
                if (i == 0 && file.text().startsWith("#!", from)) {
                    // keep the shebang's place but make it a plain comment: the directive above names the shell
                    b.append('#', from).append(' ', from + 1);
                    from += 2;
                }
                b.appendFile(from, to).append('\n', to);
            }
            out.add(b.build());
        }
    }

    private static boolean checkedOnItsOwn(List<Heredoc> heredocs, int line) {
        for (Heredoc hd : heredocs) {
            if (hd.script() != null && hd.bodyLineCount() > 0 && line >= hd.firstBodyLine()
                    && line < hd.firstBodyLine() + hd.bodyLineCount()) {
                return true;
            }
        }
        return false;
    }

    private static MappedScript.Builder header(SourceFile file, String dialect, String exports) {
        MappedScript.Builder b = new MappedScript.Builder(file);
        b.appendAdded("# shellcheck shell=" + dialect + "\n");
        b.appendAdded(exports);
        return b;
    }

    /**
     * Appends the RUN's argument text, mapping each character to the file. The text is rebuilt from the file as the
     * parser joins it: a trailing escape character and its line break removed, blank and comment lines inside the
     * continuation dropped. Should it ever differ from {@link Instruction#arguments()}, every character maps to the
     * start of the arguments instead (positions approximate, findings kept).
     */
    static void appendArguments(MappedScript.Builder b, Dockerfile df, Instruction run) {
        SourceFile file = df.source();
        String t = file.text();
        Span as = run.argumentsSpan();
        int start = file.offset(as.line(), as.column());
        StringBuilder text = new StringBuilder();
        int[] offsets = new int[Math.max(16, run.arguments().length() + 16)];
        int pos = start;
        while (pos < t.length()) {
            int end = lineEnd(t, pos);
            int j = end;
            while (j > pos && (t.charAt(j - 1) == ' ' || t.charAt(j - 1) == '\t')) j--;
            boolean continues = j > pos && t.charAt(j - 1) == df.escape();
            int to = continues ? j - 1 : end;
            for (int i = pos; i < to && text.length() < run.arguments().length(); i++) {
                offsets[text.length()] = i;
                text.append(t.charAt(i));
            }
            if (!continues || text.length() >= run.arguments().length()) break;
            pos = nextContentLine(t, nextLine(t, end));
        }
        String args = run.arguments();
        if (text.toString().equals(args)) {
            for (int i = 0; i < args.length(); i++) b.append(args.charAt(i), offsets[i]);
        } else {
            for (int i = 0; i < args.length(); i++) b.append(args.charAt(i), start);
        }
    }

    private static int lineEnd(String t, int pos) {
        while (pos < t.length() && t.charAt(pos) != '\n' && t.charAt(pos) != '\r') pos++;
        return pos;
    }

    private static int nextLine(String t, int lineEnd) {
        if (lineEnd < t.length() && t.charAt(lineEnd) == '\r' && lineEnd + 1 < t.length() && t.charAt(lineEnd + 1) == '\n') {
            return lineEnd + 2;
        }
        return lineEnd + 1;
    }

    /** The start of the first line from {@code pos} that is neither blank nor a comment. */
    private static int nextContentLine(String t, int pos) {
        while (pos < t.length()) {
            int end = lineEnd(t, pos);
            int f = pos;
            while (f < end && (t.charAt(f) == ' ' || t.charAt(f) == '\t' || t.charAt(f) == '\f')) f++;
            if (f < end && t.charAt(f) != '#') return pos;
            pos = nextLine(t, end);
        }
        return pos;
    }

    /** The {@code export} line naming the variables set for a RUN that its scripts mention, or "" when none. */
    private static String exports(Stage stage, Instruction at, Instruction run) {
        Set<String> names = new TreeSet<>(PREDEFINED);
        List<Stage> chain = new ArrayList<>();
        for (Stage s = stage.baseStage().orElse(null); s != null; s = s.baseStage().orElse(null)) chain.add(0, s);
        for (Stage s : chain) {
            for (Instruction i : s.instructions()) if (i.is("ENV")) for (KeyValue kv : i.pairs()) names.add(kv.key());
        }
        for (Instruction i : stage.instructions()) {
            if (i == at) break;
            if (i.is("ENV", "ARG")) for (KeyValue kv : i.pairs()) names.add(kv.key());
        }
        for (Flag f : run.flags("mount")) {
            Map<String, String> m = f.mount();
            if ("secret".equals(m.get("type")) && m.containsKey("env")) names.add(m.get("env"));
        }
        // only names the scripts mention: each declared name costs ShellCheck time (about 0.2 ms per name and script)
        StringBuilder used = new StringBuilder(run.arguments());
        for (Heredoc hd : run.heredocs()) used.append('\n').append(hd.body());
        names.removeIf(n -> !NAME.matcher(n).matches() || used.indexOf(n) < 0);
        return names.isEmpty() ? "" : "export " + String.join(" ", names) + "\n";
    }

    /** The SHELL program in effect for an instruction (inherited through FROM an earlier stage); null for the default. */
    private static String shellAt(Stage stage, Instruction at) {
        String shell = null;
        for (Instruction i : stage.instructions()) {
            if (i == at) break;
            if (i.is("SHELL") && i.execForm() && !i.words().isEmpty()) shell = i.words().get(0).value();
        }
        if (shell != null) return shell;
        Stage base = stage.baseStage().orElse(null);
        return base == null ? null : shellAt(base, null);
    }

    /** ShellCheck's dialect for a shell program, or null when ShellCheck does not check that shell. */
    private static String dialect(String program) {
        if (program == null) return null;
        String name = program.substring(program.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        return DIALECTS.get(name);
    }

    /** Windows images run RUN with cmd unless a SHELL says otherwise. */
    private static boolean isWindows(Stage stage) {
        String repo = stage.rootStage().image().repository();
        if (repo == null) return false;
        repo = repo.toLowerCase(Locale.ROOT);
        return repo.contains("windows/") || repo.contains("nanoserver") || repo.contains("servercore");
    }

    /** The interpreter of a {@code #!} line ({@code #!/usr/bin/env bash} gives {@code bash}). */
    private static String interpreter(String body) {
        int nl = body.indexOf('\n');
        String[] parts = body.substring(2, nl < 0 ? body.length() : nl).trim().split("[ \t]+");
        String interp = parts[0];
        if (interp.endsWith("/env") && parts.length > 1) interp = parts[parts.length - 1];
        return interp;
    }

    /** The shell reading a heredoc on its stdin ({@code RUN bash <<EOF}), or null. */
    private static String readerOf(Instruction run, Heredoc hd) {
        for (Command c : run.script().commands()) {
            for (Word r : c.redirects()) {
                String v = r.value();
                int p = 0;
                while (p < v.length() && Character.isDigit(v.charAt(p))) p++;
                if (!v.startsWith("<<", p) || v.startsWith("<<<", p)) continue;
                p += 2;
                if (p < v.length() && v.charAt(p) == '-') p++;
                if (v.substring(p).equals(hd.delimiter())) return c.effective().name();
            }
        }
        return null;
    }
}
