package dev.opsmith.format.dockerfile;

import dev.opsmith.core.SourceFile;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A parsed Dockerfile: the typed, immutable model that Dockerfile rules read. Built by {@link DockerfileParser}.
 *
 * <h2>API summary</h2>
 * <ul>
 * <li>{@code Dockerfile}: {@code source()}, {@code escape()}, {@code directives()}, {@code comments()},
 *     {@code instructions()} (all, in order: ARGs before the first FROM and unknown keywords too), {@code stages()},
 *     {@code stage(nameOrIndex)}, {@code finalStage()}, {@code stageOf(instruction)}, {@code instructions(keyword)},
 *     {@code directive(name)}, {@code misplacedDirectives()}, {@code variablesAt(instruction)},
 *     {@code expand(instruction, text)}.</li>
 * <li>{@link Directive}{@code (name, value, span)}; {@link Comment}{@code (text, span, looksLikeDirective)}.</li>
 * <li>{@link Instruction}: {@code keyword()}, {@code known()}, {@code span()}, {@code keywordSpan()}, {@code flags()},
 *     {@code flag(name)}, {@code flags(name)}, {@code arguments()}, {@code argumentsSpan()}, {@code execForm()},
 *     {@code words()}, {@code pairs()}, {@code pair(key)}, {@code heredocs()}, {@code inner()} (ONBUILD),
 *     {@code stageIndex()}, {@code script()}, {@code is(keywords...)}, {@code isHealthcheckNone()}.</li>
 * <li>{@link Flag}{@code (name, value, span)} with {@code mount()} and {@code is(name)}.</li>
 * <li>{@link Word}{@code (value, raw, span)} with {@code quoted()}, {@code hasExpansion()}.</li>
 * <li>{@link KeyValue}{@code (key, value, span, keySpan, valueSpan)}.</li>
 * <li>{@link Heredoc}: {@code delimiter()}, {@code body()}, {@code quoted()}, {@code stripTabs()}, {@code span()},
 *     {@code bodySpan()}, {@code firstBodyLine()}, {@code bodyLineCount()}, {@code spanOfBodyLine(i)}, {@code script()}.</li>
 * <li>{@link Stage}: {@code index()}, {@code name()}, {@code nameOrIndex()}, {@code from()}, {@code image()},
 *     {@code instructions()}, {@code instructions(keyword)}, {@code last(keyword)}, {@code span()},
 *     {@code baseStage()}, {@code rootStage()}.</li>
 * <li>{@link ImageRef}{@code (text, resolved, registry, repository, tag, digest, span, isScratch, hasUnresolvedVariable)}
 *     with {@code parse(...)}, {@code nameWithTag()}, {@code hasDigest()}.</li>
 * <li>{@link Script}{@code (commands)} with {@code named(names...)}, {@code first(name)}, {@code next(c)}, {@code previous(c)}.</li>
 * <li>{@link Command}{@code (words, span, separatorBefore, pipedFrom, pipedTo, redirects)} with {@code name()},
 *     {@code nameWord()}, {@code assignments()}, {@code args()}, {@code effective()}, {@code hasFlag(flags...)},
 *     {@code flagValue(flags...)}, {@code positionals(flagsTakingValue...)}, {@code text()}.</li>
 * <li>{@link DockerfileParser#parse(SourceFile)} throws {@link DockerfileParseException}{@code (message, span)}.</li>
 * <li>{@link DockerIgnore}: {@code parse(SourceFile)}, {@code patterns()}, {@code excludes(path)}.</li>
 * </ul>
 * Spans are exact in the file, also for words across line continuations and inside heredoc bodies.
 */
public final class Dockerfile {
    private final SourceFile source;
    private final char escape;
    private final List<Directive> directives;
    private final List<Comment> comments;
    private final List<Instruction> instructions;
    private final List<Stage> stages;
    private final Map<Instruction, Map<String, String>> variables;
    private final DockerIgnore dockerIgnore;
    private final Map<Object, Object> derived = new java.util.HashMap<>();

    Dockerfile(SourceFile source, char escape, List<Directive> directives, List<Comment> comments,
               List<Instruction> instructions, List<Stage> stages, Map<Instruction, Map<String, String>> variables) {
        this(source, escape, directives, comments, instructions, stages, variables, null);
    }

    private Dockerfile(SourceFile source, char escape, List<Directive> directives, List<Comment> comments,
                       List<Instruction> instructions, List<Stage> stages,
                       Map<Instruction, Map<String, String>> variables, DockerIgnore dockerIgnore) {
        this.dockerIgnore = dockerIgnore;
        this.source = source;
        this.escape = escape;
        this.directives = List.copyOf(directives);
        this.comments = List.copyOf(comments);
        this.instructions = List.copyOf(instructions);
        this.stages = List.copyOf(stages);
        this.variables = new IdentityHashMap<>(variables);
    }

    public SourceFile source() {
        return source;
    }

    /**
     * The build context's ignore file, when the scanner found one beside the Dockerfile
     * ({@code <name>.dockerignore} first, then {@code .dockerignore}, as BuildKit reads them).
     */
    public java.util.Optional<DockerIgnore> dockerIgnore() {
        return java.util.Optional.ofNullable(dockerIgnore);
    }

    /**
     * A fact derived from this immutable model (every RUN's commands, the final image's stages), computed on first
     * use and shared by all rules of the file. {@code key} identifies the fact, usually the computing class.
     */
    @SuppressWarnings("unchecked")
    public <T> T derived(Object key, java.util.function.Function<Dockerfile, T> compute) {
        Object value;
        synchronized (derived) {
            value = derived.get(key);
        }
        if (value == null) {
            value = compute.apply(this); // outside the lock: a computation may use other derived facts
            synchronized (derived) {
                Object raced = derived.putIfAbsent(key, value);
                if (raced != null) value = raced;
            }
        }
        return (T) value;
    }

    /** This model with the build context's ignore file attached (the scanner reads it; the parser does no I/O). */
    public Dockerfile withDockerIgnore(DockerIgnore ignore) {
        return new Dockerfile(source, escape, directives, comments, instructions, stages, variables, ignore);
    }

    /** The escape character: {@code \} or, with {@code # escape=`}, a backtick. */
    public char escape() {
        return escape;
    }

    /** Parser directives of the leading comment block, in order (duplicates kept so a rule can flag them). */
    public List<Directive> directives() {
        return directives;
    }

    /** The first directive with this (lower-case) name. */
    public Optional<Directive> directive(String name) {
        for (Directive d : directives) if (d.name().equals(name)) return Optional.of(d);
        return Optional.empty();
    }

    /** Every comment line, in order, directive lines included. */
    public List<Comment> comments() {
        return comments;
    }

    /** Comments that look like a parser directive but are not in the leading block, so BuildKit ignores them. */
    public List<Comment> misplacedDirectives() {
        List<Comment> out = new ArrayList<>();
        for (Comment c : comments) {
            if (!c.looksLikeDirective()) continue;
            boolean taken = false;
            for (Directive d : directives) if (d.span().equals(c.span())) taken = true;
            if (!taken) out.add(c);
        }
        return out;
    }

    /** All instructions in order, including ARGs before the first FROM and unknown keywords. */
    public List<Instruction> instructions() {
        return instructions;
    }

    /** Instructions with this keyword (case-insensitive), top level only (not ONBUILD inner ones). */
    public List<Instruction> instructions(String keyword) {
        return instructions.stream().filter(i -> i.is(keyword)).toList();
    }

    public List<Stage> stages() {
        return stages;
    }

    /** The stage with this alias (case-insensitive) or, failing that, this 0-based index. */
    public Optional<Stage> stage(String nameOrIndex) {
        if (nameOrIndex == null) return Optional.empty();
        String n = nameOrIndex.toLowerCase(Locale.ROOT);
        for (Stage s : stages) if (n.equals(s.name())) return Optional.of(s);
        if (!n.isEmpty() && n.length() < 10 && n.chars().allMatch(Character::isDigit)) {
            int i = Integer.parseInt(n);
            if (i < stages.size()) return Optional.of(stages.get(i));
        }
        return Optional.empty();
    }

    /** The last stage (what {@code docker build} produces without {@code --target}); empty without FROM. */
    public Optional<Stage> finalStage() {
        return stages.isEmpty() ? Optional.empty() : Optional.of(stages.get(stages.size() - 1));
    }

    /** The stage an instruction belongs to (empty before the first FROM). */
    public Optional<Stage> stageOf(Instruction instruction) {
        int i = instruction.stageIndex();
        return i >= 0 && i < stages.size() ? Optional.of(stages.get(i)) : Optional.empty();
    }

    /**
     * Variables with a known value just before {@code at} runs: for a FROM (and before it) the global ARGs; in a stage,
     * global ARGs redeclared there, the stage's ARGs and ENVs (ENV wins over ARG), and ENVs inherited from an earlier
     * stage it is built on. Variables declared without a value (unknown until build time) are absent.
     */
    public Map<String, String> variablesAt(Instruction at) {
        Map<String, String> v = variables.get(at);
        return v != null ? v : Map.of();
    }

    /**
     * Substitutes {@code $VAR}, {@code ${VAR}}, {@code ${VAR:-default}}, {@code ${VAR-default}}, {@code ${VAR:+alt}},
     * {@code ${VAR+alt}} with {@link #variablesAt(Instruction)}; unknown variables are left as written (values may be
     * set at build time, so nothing is guessed). An escaped {@code $} stays literal. Quotes are not interpreted.
     */
    public String expand(Instruction at, String text) {
        return Expander.expand(text, variablesAt(at), escape);
    }

    @Override
    public String toString() {
        return "Dockerfile " + source.relativePath() + " (" + instructions.size() + " instructions, " + stages.size() + " stages)";
    }
}
