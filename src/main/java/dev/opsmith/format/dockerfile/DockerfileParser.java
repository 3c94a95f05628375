package dev.opsmith.format.dockerfile;

import dev.opsmith.core.SourceFile;
import dev.opsmith.core.Span;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Parses a Dockerfile as BuildKit's dockerfile frontend does: parser directives, case-insensitive keywords, line
 * continuations with the escape character (comment and empty lines inside dropped), heredocs, flags, exec/shell form,
 * ONBUILD, stages, and ARG/ENV scoping. A hand-written scanner, linear in the input.
 */
public final class DockerfileParser {
    private static final Set<String> DIRECTIVES = Set.of("syntax", "escape", "check");
    private static final Set<String> REQUIRE_ARGUMENT = Set.of("FROM", "RUN", "COPY", "ADD", "ENV", "ARG", "LABEL",
            "USER", "WORKDIR", "EXPOSE", "VOLUME", "STOPSIGNAL", "MAINTAINER", "ONBUILD", "HEALTHCHECK", "SHELL");
    private static final Set<String> EXEC_CAPABLE = Set.of("RUN", "CMD", "ENTRYPOINT", "SHELL", "COPY", "ADD", "VOLUME");
    private static final Set<String> HEREDOC_CAPABLE = Set.of("RUN", "COPY", "ADD");
    private static final Set<String> POSIX_SHELLS = Set.of("sh", "bash", "ash", "dash", "zsh", "ksh", "mksh", "busybox");

    private final SourceFile file;
    private final String text;
    private int[] lineStart;
    private int[] lineEnd;
    private int lineCount;
    private int line;
    private char escape = '\\';
    private int instrEnd;

    private final List<Directive> directives = new ArrayList<>();
    private final List<Comment> comments = new ArrayList<>();
    private final List<Instruction> instructions = new ArrayList<>();
    private final Map<Instruction, Map<String, String>> variables = new IdentityHashMap<>();

    // scoping state
    private final Map<String, String> globalArgs = new LinkedHashMap<>();
    private Map<String, String> globalKnown = Map.of();
    private final List<StageState> stages = new ArrayList<>();
    private StageState current;

    private static final class StageState {
        int index;
        String name;
        Instruction from;
        ImageRef image;
        StageState base;
        final List<Instruction> instructions = new ArrayList<>();
        final Map<String, String> args = new HashMap<>();
        final Map<String, String> env = new HashMap<>();
        Map<String, String> known = Map.of();
        boolean posixShell = true;

        void refresh() {
            Map<String, String> k = new HashMap<>(args);
            k.putAll(env);
            known = Collections.unmodifiableMap(k);
        }
    }

    private DockerfileParser(SourceFile file) {
        this.file = file;
        this.text = file.text();
    }

    /** Parses one Dockerfile. */
    public static Dockerfile parse(SourceFile file) throws DockerfileParseException {
        return new DockerfileParser(file).run();
    }

    private Dockerfile run() throws DockerfileParseException {
        splitLines();
        boolean directivesOpen = true;
        while (line < lineCount) {
            int s = lineStart[line];
            int e = lineEnd[line];
            int f = skipWs(s, e);
            if (f == e) {
                directivesOpen = false; // BuildKit stops looking for parser directives after an empty line
                line++;
                continue;
            }
            if (text.charAt(f) == '#') {
                String body = text.substring(f + 1, e);
                String[] d = matchDirective(body);
                if (directivesOpen) {
                    if (d == null) {
                        directivesOpen = false;
                    } else if (DIRECTIVES.contains(d[0])) {
                        Span span = file.span(f, rtrim(f, e));
                        if (d[0].equals("escape") && directive("escape") == null) {
                            if (!d[1].equals("\\") && !d[1].equals("`")) {
                                throw new DockerfileParseException("invalid escape character '" + d[1] + "': use \\ or `", span);
                            }
                            escape = d[1].charAt(0);
                        }
                        directives.add(new Directive(d[0], d[1], span));
                    }
                }
                comments.add(new Comment(body.trim(), file.span(f, rtrim(f, e)), d != null && DIRECTIVES.contains(d[0])));
                line++;
                continue;
            }
            directivesOpen = false;
            readInstruction(f);
        }
        return finish();
    }

    private Directive directive(String name) {
        for (Directive d : directives) if (d.name().equals(name)) return d;
        return null;
    }

    private void splitLines() {
        int n = text.length();
        int[] starts = new int[16];
        int[] ends = new int[16];
        int count = 0;
        int i = n > 0 && text.charAt(0) == '\uFEFF' ? 1 : 0;
        while (i < n || count == 0) {
            if (count == starts.length) {
                starts = java.util.Arrays.copyOf(starts, count * 2);
                ends = java.util.Arrays.copyOf(ends, count * 2);
            }
            int j = i;
            while (j < n && text.charAt(j) != '\n' && text.charAt(j) != '\r') j++;
            starts[count] = i;
            ends[count] = j;
            count++;
            if (j < n && text.charAt(j) == '\r' && j + 1 < n && text.charAt(j + 1) == '\n') j++;
            i = j + 1;
            if (j >= n) break;
        }
        lineStart = starts;
        lineEnd = ends;
        lineCount = count;
    }

    private int skipWs(int i, int e) {
        while (i < e && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '\f')) i++;
        return i;
    }

    private int rtrim(int s, int e) {
        while (e > s && (text.charAt(e - 1) == ' ' || text.charAt(e - 1) == '\t')) e--;
        return e;
    }

    /** {@code # name = value} → {lower-case name, value}, else null. */
    private static String[] matchDirective(String body) {
        int i = 0;
        int n = body.length();
        while (i < n && Character.isWhitespace(body.charAt(i))) i++;
        int ns = i;
        if (i >= n || !Character.isLetter(body.charAt(i)) || body.charAt(i) > 127) return null;
        while (i < n && body.charAt(i) < 128 && Character.isLetterOrDigit(body.charAt(i))) i++;
        String name = body.substring(ns, i).toLowerCase(Locale.ROOT);
        while (i < n && Character.isWhitespace(body.charAt(i))) i++;
        if (i >= n || body.charAt(i) != '=') return null;
        String value = body.substring(i + 1).trim();
        if (value.isEmpty()) return null;
        return new String[] {name, value};
    }

    // ---------------------------------------------------------------- instructions

    private void readInstruction(int first) throws DockerfileParseException {
        MappedText.Builder b = new MappedText.Builder(file);
        boolean cont = appendLine(b, first, lineEnd[line]);
        int lastEnd = rtrim(first, lineEnd[line]);
        line++;
        while (cont && line < lineCount) {
            int s = lineStart[line];
            int e = lineEnd[line];
            int f = skipWs(s, e);
            if (f == e) {
                line++;
                continue;
            }
            if (text.charAt(f) == '#') {
                String body = text.substring(f + 1, e);
                String[] d = matchDirective(body);
                comments.add(new Comment(body.trim(), file.span(f, rtrim(f, e)), d != null && DIRECTIVES.contains(d[0])));
                line++;
                continue;
            }
            cont = appendLine(b, s, e);
            lastEnd = rtrim(s, e);
            line++;
        }
        b.end(lastEnd);
        MappedText m = b.build();
        instrEnd = lastEnd;
        int k = 0;
        while (k < m.length() && DockerWords.isWs(m.charAt(k))) k++;
        int ke = k;
        while (ke < m.length() && !DockerWords.isWs(m.charAt(ke))) ke++;
        boolean isFrom = m.text.substring(k, ke).equalsIgnoreCase("FROM");
        int stageIndex = isFrom ? stages.size() : current == null ? -1 : current.index;
        boolean posix = current == null || current.posixShell;
        Instruction ins = parseInstruction(m, 0, m.length(), stageIndex, posix);
        instructions.add(ins);
        apply(ins);
    }

    /** Appends a physical line; true when it ends with the escape character (a continuation). */
    private boolean appendLine(MappedText.Builder b, int from, int e) {
        int j = rtrim(from, e);
        if (j > from && text.charAt(j - 1) == escape) {
            b.appendRange(from, j - 1);
            return true;
        }
        b.appendRange(from, e);
        return false;
    }

    private Instruction parseInstruction(MappedText m, int from, int to, int stageIndex, boolean posix)
            throws DockerfileParseException {
        String s = m.text;
        int k = from;
        while (k < to && DockerWords.isWs(s.charAt(k))) k++;
        int ke = k;
        while (ke < to && !DockerWords.isWs(s.charAt(ke))) ke++;
        String keyword = s.substring(k, ke).toUpperCase(Locale.ROOT);
        Span keywordSpan = m.span(k, ke);

        List<Flag> flags = new ArrayList<>();
        int a = ke;
        while (true) {
            while (a < to && DockerWords.isWs(s.charAt(a))) a++;
            if (a + 1 < to && s.charAt(a) == '-' && s.charAt(a + 1) == '-') {
                Tok t = DockerWords.split(m, a, nextWs(s, a, to, escape), escape).get(0);
                String v = t.value();
                int eq = v.indexOf('=');
                String name = eq < 0 ? v.substring(2) : v.substring(2, eq);
                Span span = m.span(t.start(), t.end());
                if (name.isEmpty()) throw new DockerfileParseException("flag without a name in " + keyword, span);
                flags.add(new Flag(name, eq < 0 ? null : v.substring(eq + 1), span));
                a = t.end();
            } else {
                break;
            }
        }
        int b = to;
        while (b > a && DockerWords.isWs(s.charAt(b - 1))) b--;
        String arguments = s.substring(a, b);
        Span argumentsSpan = m.span(a, b);
        if (arguments.isEmpty() && REQUIRE_ARGUMENT.contains(keyword)) {
            throw new DockerfileParseException(keyword + " requires at least one argument", keywordSpan);
        }

        boolean execForm = false;
        List<Word> words;
        List<KeyValue> pairs = List.of();
        List<Heredoc> heredocs = List.of();
        Instruction inner = null;
        Script script = null;
        int shellFrom = -1;

        switch (keyword) {
            case "HEALTHCHECK" -> {
                List<Tok> toks = DockerWords.split(m, a, b, escape);
                if (!toks.isEmpty() && toks.get(0).value().equalsIgnoreCase("CMD")) {
                    int c = toks.get(0).end();
                    List<Tok> json = Json.stringArray(m, c, b);
                    if (json != null) {
                        execForm = true;
                        words = jsonWords(m, json);
                    } else {
                        words = words(m, DockerWords.split(m, c, b, escape));
                        shellFrom = c;
                    }
                } else if (!toks.isEmpty() && toks.get(0).value().equalsIgnoreCase("NONE")) {
                    words = List.of();
                } else {
                    words = words(m, toks);
                }
            }
            case "ENV", "LABEL", "ARG" -> {
                List<Tok> toks = DockerWords.split(m, a, b, escape);
                words = words(m, toks);
                pairs = pairs(m, keyword, toks, b, keywordSpan);
            }
            case "ONBUILD" -> {
                words = words(m, DockerWords.split(m, a, b, escape));
                inner = parseInstruction(m, a, b, stageIndex, posix);
                heredocs = inner.heredocs();
            }
            default -> {
                List<Tok> json = EXEC_CAPABLE.contains(keyword) ? Json.stringArray(m, a, b) : null;
                if (json != null) {
                    execForm = true;
                    words = jsonWords(m, json);
                } else {
                    List<Tok> toks = DockerWords.split(m, a, b, escape);
                    words = words(m, toks);
                    if (keyword.equals("RUN") || keyword.equals("CMD") || keyword.equals("ENTRYPOINT")) shellFrom = a;
                    if (HEREDOC_CAPABLE.contains(keyword)) heredocs = readHeredocs(m, toks);
                }
                if ((keyword.equals("COPY") || keyword.equals("ADD")) && words.size() < 2) {
                    throw new DockerfileParseException(keyword + " requires at least two arguments: source and destination",
                            argumentsSpan);
                }
                if (keyword.equals("FROM") && words.size() == 2) {
                    throw new DockerfileParseException("FROM takes an image and optionally AS name", argumentsSpan);
                }
            }
        }

        if (shellFrom >= 0 && posix) {
            script = script(m, shellFrom, b, keyword.equals("RUN") ? heredocs : List.of());
            if (!heredocs.isEmpty()) heredocs = withScripts(heredocs, m, shellFrom, b);
        }
        Span span = file.span(m.offset(k), Math.max(instrEnd, m.offset(k)));
        return new Instruction(keyword, span, keywordSpan, flags, arguments, argumentsSpan, execForm, words, pairs,
                heredocs, inner, stageIndex, script);
    }

    /** End of the flag word starting at i (quotes respected). */
    private static int nextWs(String s, int i, int to, char esc) {
        char quote = 0;
        while (i < to) {
            char c = s.charAt(i);
            if (quote != 0) {
                if (c == quote) quote = 0;
            } else if (c == esc) {
                i++;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (DockerWords.isWs(c)) {
                return i;
            }
            i++;
        }
        return Math.min(i, to);
    }

    private static List<Word> words(MappedText m, List<Tok> toks) {
        List<Word> out = new ArrayList<>(toks.size());
        for (Tok t : toks) out.add(new Word(t.value(), m.text.substring(t.start(), t.end()), m.span(t.start(), t.end())));
        return out;
    }

    private static List<Word> jsonWords(MappedText m, List<Tok> toks) {
        return words(m, toks);
    }

    private List<KeyValue> pairs(MappedText m, String keyword, List<Tok> toks, int end, Span keywordSpan)
            throws DockerfileParseException {
        List<KeyValue> out = new ArrayList<>();
        if (toks.isEmpty()) return out;
        boolean legacy = !keyword.equals("ARG") && equalsAt(m, toks.get(0)) < 0;
        if (legacy) {
            Tok key = toks.get(0);
            if (toks.size() < 2) {
                throw new DockerfileParseException(keyword + " must have two arguments: " + keyword + " name value, or "
                        + keyword + " name=value", m.span(key.start(), key.end()));
            }
            int vs = toks.get(1).start();
            out.add(new KeyValue(key.value(), DockerWords.unquote(m, vs, end, escape), m.span(key.start(), end),
                    m.span(key.start(), key.end()), m.span(vs, end)));
            return out;
        }
        for (Tok t : toks) {
            int eq = equalsAt(m, t);
            Span span = m.span(t.start(), t.end());
            if (eq < 0) {
                if (keyword.equals("ARG")) {
                    out.add(new KeyValue(t.value(), null, span, span, null));
                    continue;
                }
                throw new DockerfileParseException("can't find = in \"" + t.value() + "\": " + keyword
                        + " with several pairs must be name=value", span);
            }
            String key = DockerWords.unquote(m, t.start(), eq, escape);
            if (key.isEmpty()) throw new DockerfileParseException(keyword + " names can not be blank", span);
            String value = DockerWords.unquote(m, eq + 1, t.end(), escape);
            out.add(new KeyValue(key, value, span, m.span(t.start(), eq), m.span(eq + 1, t.end())));
        }
        return out;
    }

    /** Index of the first unquoted '=' in a token, or -1. */
    private int equalsAt(MappedText m, Tok t) {
        char quote = 0;
        for (int i = t.start(); i < t.end(); i++) {
            char c = m.charAt(i);
            if (quote != 0) {
                if (c == quote) quote = 0;
            } else if (c == escape) {
                i++;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '=') {
                return i;
            }
        }
        return -1;
    }

    // ---------------------------------------------------------------- heredocs

    private List<Heredoc> readHeredocs(MappedText m, List<Tok> toks) throws DockerfileParseException {
        List<Heredoc> out = null;
        for (Tok t : toks) {
            String raw = m.text.substring(t.start(), t.end());
            int p = 0;
            while (p < raw.length() && Character.isDigit(raw.charAt(p))) p++;
            if (!raw.startsWith("<<", p)) continue;
            p += 2;
            boolean dash = p < raw.length() && raw.charAt(p) == '-';
            if (dash) p++;
            String rest = raw.substring(p);
            if (rest.isEmpty() || rest.indexOf('<') >= 0) continue;
            boolean quoted = rest.indexOf('"') >= 0 || rest.indexOf('\'') >= 0;
            String delimiter = DockerWords.unquote(m, t.start() + p, t.end(), escape);
            if (delimiter.isEmpty()) continue;
            if (out == null) out = new ArrayList<>();
            out.add(readBody(m, t, delimiter, quoted, dash));
        }
        return out == null ? List.of() : out;
    }

    private Heredoc readBody(MappedText m, Tok marker, String delimiter, boolean quoted, boolean dash)
            throws DockerfileParseException {
        MappedText.Builder body = new MappedText.Builder(file);
        List<Span> lineSpans = new ArrayList<>();
        while (line < lineCount) {
            int s = lineStart[line];
            int e = lineEnd[line];
            int cs = s;
            if (dash) while (cs < e && text.charAt(cs) == '\t') cs++;
            line++;
            if (e - cs == delimiter.length() && text.startsWith(delimiter, cs)) {
                Span bodySpan = lineSpans.isEmpty() ? file.span(s, s) : lineSpans.get(0).union(lineSpans.get(lineSpans.size() - 1));
                instrEnd = Math.max(instrEnd, e);
                body.end(s);
                MappedText bm = body.build();
                return new Heredoc(delimiter, quoted, dash, file.span(m.offset(marker.start()), e), bodySpan,
                        lineSpans, null, bm);
            }
            body.appendRange(cs, e);
            body.append('\n', e);
            lineSpans.add(file.span(s, e));
        }
        throw new DockerfileParseException("unterminated heredoc <<" + delimiter + ": add a line with just "
                + delimiter, m.span(marker.start(), marker.end()));
    }

    /** The script of the command text followed by the bodies of heredocs a shell runs. */
    private Script script(MappedText m, int from, int to, List<Heredoc> heredocs) {
        Script args = ShellParser.parse(m, from, to);
        List<Command> out = new ArrayList<>();
        for (Command c : args.commands()) if (!c.words().isEmpty()) out.add(c);
        boolean onlyHeredocs = out.isEmpty();
        for (int h = 0; h < heredocs.size(); h++) {
            Heredoc hd = heredocs.get(h);
            if (!runByShell(args, hd, onlyHeredocs && h == 0)) continue;
            Script body = ShellParser.parse(hd.text(), 0, hd.text().length());
            for (Command c : body.commands()) {
                if (c.words().isEmpty()) continue;
                if (c.separatorBefore().isEmpty() && !out.isEmpty()) {
                    c = new Command(c.words(), c.span(), "\n", c.pipedFrom(), c.pipedTo(), c.redirects());
                }
                out.add(c);
            }
        }
        return new Script(out);
    }

    private List<Heredoc> withScripts(List<Heredoc> heredocs, MappedText m, int from, int to) {
        Script args = ShellParser.parse(m, from, to);
        boolean onlyHeredocs = args.commands().stream().allMatch(c -> c.words().isEmpty());
        List<Heredoc> out = new ArrayList<>(heredocs.size());
        for (int h = 0; h < heredocs.size(); h++) {
            Heredoc hd = heredocs.get(h);
            Script sc = runByShell(args, hd, onlyHeredocs && h == 0)
                    ? ShellParser.parse(hd.text(), 0, hd.text().length()) : null;
            out.add(hd.withScript(sc));
        }
        return out;
    }

    private static boolean runByShell(Script args, Heredoc hd, boolean isTheScript) {
        boolean shell = isTheScript;
        if (!shell) {
            for (Command c : args.commands()) {
                for (Word r : c.redirects()) {
                    if (!hd.delimiter().equals(heredocDelimiter(r.value()))) continue;
                    Command e = c.effective();
                    shell = POSIX_SHELLS.contains(e.name()) && !e.hasFlag("-c");
                }
            }
        }
        if (shell && hd.body().startsWith("#!")) {
            int nl = hd.body().indexOf('\n');
            String[] parts = hd.body().substring(2, nl < 0 ? hd.body().length() : nl).trim().split("[ \t]+");
            String interp = parts[0];
            if (interp.endsWith("/env") && parts.length > 1) interp = parts[parts.length - 1];
            interp = interp.substring(interp.lastIndexOf('/') + 1);
            shell = POSIX_SHELLS.contains(interp);
        }
        return shell;
    }

    private static String heredocDelimiter(String redirect) {
        int p = 0;
        while (p < redirect.length() && Character.isDigit(redirect.charAt(p))) p++;
        if (!redirect.startsWith("<<", p) || redirect.startsWith("<<<", p)) return null;
        p += 2;
        if (p < redirect.length() && redirect.charAt(p) == '-') p++;
        return redirect.substring(p);
    }

    // ---------------------------------------------------------------- scoping

    private void apply(Instruction ins) {
        if (ins.is("FROM")) {
            variables.put(ins, globalKnown);
            StageState st = new StageState();
            st.index = stages.size();
            st.from = ins;
            Word img = ins.words().get(0);
            String resolved = Expander.expand(img.value(), globalKnown, escape);
            st.image = ImageRef.parse(img.value(), resolved, img.span());
            if (ins.words().size() >= 3 && ins.words().get(1).value().equalsIgnoreCase("AS")) {
                st.name = ins.words().get(2).value().toLowerCase(Locale.ROOT);
            }
            String ref = resolved.toLowerCase(Locale.ROOT);
            for (StageState earlier : stages) {
                if (ref.equals(earlier.name)) st.base = earlier;
            }
            if (st.base != null) {
                st.env.putAll(st.base.env);
                st.posixShell = st.base.posixShell;
            }
            st.refresh();
            st.instructions.add(ins);
            stages.add(st);
            current = st;
            return;
        }
        if (current == null) {
            variables.put(ins, globalKnown);
            if (ins.is("ARG")) {
                for (KeyValue kv : ins.pairs()) {
                    globalArgs.put(kv.key(), kv.value() == null ? null : Expander.expand(kv.value(), globalKnown, escape));
                }
                Map<String, String> k = new HashMap<>();
                for (Map.Entry<String, String> e : globalArgs.entrySet()) if (e.getValue() != null) k.put(e.getKey(), e.getValue());
                globalKnown = Collections.unmodifiableMap(k);
            }
            return;
        }
        Map<String, String> before = current.known;
        variables.put(ins, before);
        if (ins.inner() != null) variables.put(ins.inner(), before);
        current.instructions.add(ins);
        if (ins.is("ARG")) {
            for (KeyValue kv : ins.pairs()) {
                String v = kv.value() != null ? Expander.expand(kv.value(), before, escape) : globalArgs.get(kv.key());
                if (v != null) current.args.put(kv.key(), v);
                else current.args.remove(kv.key());
            }
            current.refresh();
        } else if (ins.is("ENV")) {
            for (KeyValue kv : ins.pairs()) current.env.put(kv.key(), Expander.expand(kv.value(), before, escape));
            current.refresh();
        } else if (ins.is("SHELL") && ins.execForm() && !ins.words().isEmpty()) {
            String sh = ins.words().get(0).value();
            sh = sh.substring(sh.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
            current.posixShell = POSIX_SHELLS.contains(sh);
        }
    }

    private Dockerfile finish() {
        List<Stage> built = new ArrayList<>();
        Map<StageState, Stage> byState = new IdentityHashMap<>();
        for (StageState st : stages) {
            List<Instruction> list = st.instructions;
            Span span = st.from.span().union(list.get(list.size() - 1).span());
            Stage stage = new Stage(st.index, st.name, st.from, st.image, list, span, st.base == null ? null : byState.get(st.base));
            byState.put(st, stage);
            built.add(stage);
        }
        return new Dockerfile(file, escape, directives, comments, instructions, built, variables);
    }
}
