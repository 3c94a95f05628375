package dev.opsmith.format.dockerfile;

import dev.opsmith.core.Span;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * One Dockerfile instruction, known or not. Immutable. See {@link Dockerfile} for the overview.
 */
public final class Instruction {
    /** The instructions BuildKit knows. */
    public static final Set<String> KNOWN = Set.of("ADD", "ARG", "CMD", "COPY", "ENTRYPOINT", "ENV", "EXPOSE", "FROM",
            "HEALTHCHECK", "LABEL", "MAINTAINER", "ONBUILD", "RUN", "SHELL", "STOPSIGNAL", "USER", "VOLUME", "WORKDIR");

    private final String keyword;
    private final Span span;
    private final Span keywordSpan;
    private final List<Flag> flags;
    private final String arguments;
    private final Span argumentsSpan;
    private final boolean execForm;
    private final List<Word> words;
    private final List<KeyValue> pairs;
    private final List<Heredoc> heredocs;
    private final Instruction inner;
    private final int stageIndex;
    private final Script script;

    Instruction(String keyword, Span span, Span keywordSpan, List<Flag> flags, String arguments, Span argumentsSpan,
                boolean execForm, List<Word> words, List<KeyValue> pairs, List<Heredoc> heredocs, Instruction inner,
                int stageIndex, Script script) {
        this.keyword = keyword;
        this.span = span;
        this.keywordSpan = keywordSpan;
        this.flags = List.copyOf(flags);
        this.arguments = arguments;
        this.argumentsSpan = argumentsSpan;
        this.execForm = execForm;
        this.words = List.copyOf(words);
        this.pairs = List.copyOf(pairs);
        this.heredocs = List.copyOf(heredocs);
        this.inner = inner;
        this.stageIndex = stageIndex;
        this.script = script;
    }

    /** Upper-cased keyword as written: {@code FROM}, {@code RUN}, or an unknown word such as {@code FRM}. */
    public String keyword() {
        return keyword;
    }

    /** True when {@link #keyword()} is a BuildKit instruction. */
    public boolean known() {
        return KNOWN.contains(keyword);
    }

    /** The whole instruction: keyword to the end of its last continuation line, or of its last heredoc terminator. */
    public Span span() {
        return span;
    }

    public Span keywordSpan() {
        return keywordSpan;
    }

    /** Flags between the keyword and the arguments, in order ({@code --mount} may repeat). */
    public List<Flag> flags() {
        return flags;
    }

    /** The first flag with this name (without dashes). */
    public Optional<Flag> flag(String name) {
        for (Flag f : flags) if (f.name().equals(name)) return Optional.of(f);
        return Optional.empty();
    }

    /** All flags with this name (without dashes), e.g. every {@code --mount}. */
    public List<Flag> flags(String name) {
        return flags.stream().filter(f -> f.name().equals(name)).toList();
    }

    /**
     * Text after the keyword and flags, trimmed; continuation lines joined as Docker joins them (escape and newline
     * removed, comment and empty lines inside the continuation dropped). For HEALTHCHECK it starts with {@code CMD}
     * or {@code NONE}. Heredoc bodies are not included.
     */
    public String arguments() {
        return arguments;
    }

    /** Span of {@link #arguments()}; a point after the keyword/flags when there are none. */
    public Span argumentsSpan() {
        return argumentsSpan;
    }

    /** True when the arguments are a valid JSON array of strings (RUN, CMD, ENTRYPOINT, SHELL, COPY, ADD, VOLUME, HEALTHCHECK CMD). */
    public boolean execForm() {
        return execForm;
    }

    /**
     * Exec-form elements, or shell-style words of the arguments (quotes removed, escapes processed) with exact spans.
     * For HEALTHCHECK the words after {@code CMD} (empty for {@code NONE}). Heredoc markers like {@code <<EOF} are words.
     */
    public List<Word> words() {
        return words;
    }

    /** ENV, ARG and LABEL pairs in order; empty for other instructions. */
    public List<KeyValue> pairs() {
        return pairs;
    }

    /** The pair with this key (last one wins, as in Docker). */
    public Optional<KeyValue> pair(String key) {
        KeyValue found = null;
        for (KeyValue kv : pairs) if (kv.key().equals(key)) found = kv;
        return Optional.ofNullable(found);
    }

    /** Heredocs of RUN, COPY and ADD, in marker order. */
    public List<Heredoc> heredocs() {
        return heredocs;
    }

    /** For ONBUILD, the wrapped instruction (same stage index); otherwise null. */
    public Instruction inner() {
        return inner;
    }

    /** Index of the stage this instruction belongs to; -1 before the first FROM. */
    public int stageIndex() {
        return stageIndex;
    }

    /**
     * For RUN and shell-form CMD, ENTRYPOINT and HEALTHCHECK CMD: the commands of the argument text followed by those
     * of each heredoc body run by a shell. Null for exec form, other instructions, and after a non-POSIX SHELL.
     */
    public Script script() {
        return script;
    }

    /** True when the keyword is one of these (case-insensitive). */
    public boolean is(String... keywords) {
        for (String k : keywords) if (keyword.equalsIgnoreCase(k)) return true;
        return false;
    }

    /** True for HEALTHCHECK NONE. */
    public boolean isHealthcheckNone() {
        return is("HEALTHCHECK") && arguments.toUpperCase(Locale.ROOT).equals("NONE");
    }

    @Override
    public String toString() {
        return keyword + " " + arguments + " @" + span;
    }
}
