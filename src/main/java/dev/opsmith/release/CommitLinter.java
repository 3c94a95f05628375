package dev.opsmith.release;

import dev.opsmith.config.ReleaseConfig;
import dev.opsmith.release.CommitMessage.Kind;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks commit messages against the grammar release reads and the team's rules (allowed types and scopes, header
 * length). Git's own revert and merge messages pass, since git writes them; autosquash commits pass in a hook (they
 * are made on purpose) but not in a range check, where they should have been squashed before merging.
 */
public final class CommitLinter {
    public static final List<String> DEFAULT_TYPES = List.of("build", "chore", "ci", "docs", "feat", "fix", "perf",
            "refactor", "revert", "style", "test");
    public static final int DEFAULT_HEADER_MAX = 100;

    private final List<String> types;
    private final List<String> scopes;
    private final boolean requireScope;
    private final int headerMax;

    public CommitLinter(List<String> types, List<String> scopes, boolean requireScope, int headerMax) {
        this.types = List.copyOf(types);
        this.scopes = List.copyOf(scopes);
        this.requireScope = requireScope;
        this.headerMax = headerMax;
    }

    public static CommitLinter from(ReleaseConfig.Commitlint c) {
        return new CommitLinter(c.types().isEmpty() ? DEFAULT_TYPES : c.types(), c.scopes(),
                Boolean.TRUE.equals(c.requireScope()), c.headerMaxLength() == null ? DEFAULT_HEADER_MAX : c.headerMaxLength());
    }

    /**
     * The problems of one message, each a sentence saying what to change; empty when it passes.
     *
     * @param allowAutosquash whether {@code fixup!}/{@code squash!} commits pass (true for a commit-msg hook)
     */
    public List<String> lint(String rawMessage, boolean allowAutosquash) {
        String message = stripComments(rawMessage);
        List<String> problems = new ArrayList<>();
        if (message.isBlank()) {
            problems.add("the message is empty");
            return problems;
        }
        CommitMessage m = CommitParser.parse(message);
        String header = m.header();
        if (m.kind() == Kind.MERGE || m.kind() == Kind.GIT_REVERT) return problems;
        if (m.kind() == Kind.AUTOSQUASH) {
            if (!allowAutosquash) problems.add("\"" + header + "\" is a fixup/squash commit; fold it in before merging"
                    + " (git rebase -i --autosquash)");
            return problems;
        }
        if (m.kind() == Kind.NON_CONVENTIONAL) {
            problems.add("header \"" + header + "\" is not a Conventional Commit; write type(scope): description,"
                    + " e.g. \"fix(api): reject negative amounts\" (types: " + String.join(", ", types) + ")");
            return problems;
        }
        if (!types.contains(m.type())) {
            problems.add("type '" + m.type() + "' is not allowed; use one of " + String.join(", ", types));
        } else if (!header.startsWith(m.type())) {
            problems.add("type '" + header.substring(0, m.type().length()) + "' should be lower case: " + m.type());
        }
        if (m.scope().isEmpty() && requireScope) {
            problems.add("a scope is required: " + m.type() + "(scope): …"
                    + (scopes.isEmpty() ? "" : " with one of " + String.join(", ", scopes)));
        }
        if (!m.scope().isEmpty() && !scopes.isEmpty()) {
            for (String s : m.scope().split("\\s*[,/]\\s*")) {
                if (!scopes.contains(s)) problems.add("scope '" + s + "' is not allowed; use one of " + String.join(", ", scopes));
            }
        }
        if (header.length() > headerMax) {
            problems.add("header is " + header.length() + " characters long; keep it to " + headerMax
                    + " and move details to the body");
        }
        String[] lines = message.replace("\r\n", "\n").strip().split("\n", -1);
        if (lines.length > 1 && !lines[1].isBlank()) {
            problems.add("line 2 must be blank: the body starts after an empty line");
        }
        return problems;
    }

    /**
     * The message git would record: comment lines removed, and everything below a {@code git commit -v} scissors
     * line, as git's default cleanup does before it stores the message.
     */
    static String stripComments(String message) {
        StringBuilder sb = new StringBuilder();
        for (String line : message.replace("\r\n", "\n").split("\n", -1)) {
            if (line.startsWith("# ------------------------ >8 ------------------------")) break;
            if (line.startsWith("#")) continue;
            sb.append(line).append('\n');
        }
        return sb.toString().strip();
    }
}
