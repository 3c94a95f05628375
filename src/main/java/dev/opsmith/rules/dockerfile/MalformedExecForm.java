package dev.opsmith.rules.dockerfile;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.dockerfile.Dockerfile;
import dev.opsmith.format.dockerfile.Instruction;
import dev.opsmith.rules.RuleContext;

/**
 * Docker accepts a bracketed value that is not valid JSON without complaint and runs it through {@code /bin/sh -c}
 * as one string, so the intended exec form silently becomes a broken shell command.
 */
public final class MalformedExecForm extends DockerfileRule {
    static final RuleMeta META = RuleMeta.builder("DF146", "Intended exec form silently falls back to shell form")
            .severity(Severity.MEDIUM).category(Category.RELIABILITY).format(Format.DOCKERFILE)
            .description("Reports RUN, CMD and ENTRYPOINT (also as ONBUILD triggers) whose value is meant as a JSON "
                    + "array but is not valid JSON: single quotes, a trailing comma, unquoted words, a missing bracket. "
                    + "A value counts as meant for exec form when `[` is directly followed by a non-space character "
                    + "(other than the `[[` of a bash test), or when it is bracketed and its comma-separated parts are "
                    + "quoted. Valid JSON arrays and genuine shell form, including the `[ -f file ]` test command, are "
                    + "accepted.")
            .rationale("Docker does not reject the malformed array: it treats the whole text, brackets and quotes "
                    + "included, as a shell command. The container then fails at start with `/bin/sh: [python,: not "
                    + "found`, or the process no longer runs as PID 1 and misses SIGTERM on shutdown.")
            .remediation("Write a JSON array of double-quoted strings separated by commas, without a trailing comma: "
                    + "`CMD [\"python\", \"-m\", \"app\"]`.")
            .reference("https://docs.docker.com/reference/dockerfile/#shell-and-exec-form")
            .reference("https://docs.docker.com/reference/build-checks/json-args-recommended/")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(Dockerfile dockerfile, RuleContext context) {
        for (Instruction top : dockerfile.instructions()) {
            Instruction ins = top.is("ONBUILD") && top.inner() != null ? top.inner() : top;
            if (!ins.is("RUN", "CMD", "ENTRYPOINT") || ins.execForm()) continue;
            String args = ins.arguments().trim();
            if (!intendedExecForm(args)) continue;
            context.report(ins.argumentsSpan(), ins.keyword() + " looks like exec form but is not valid JSON (" + reason(args)
                    + "), so Docker runs the whole text through /bin/sh -c; write a JSON array of double-quoted strings");
        }
    }

    static boolean intendedExecForm(String args) {
        if (args.length() < 2 || args.charAt(0) != '[') return false;
        char second = args.charAt(1);
        if (second == '[') return false;
        if (!Character.isWhitespace(second)) return true;
        if (!args.endsWith("]")) return false;
        String inner = args.substring(1, args.length() - 1).trim();
        if (inner.indexOf(',') < 0) return false;
        String[] parts = inner.split(",", -1);
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i].trim();
            if (p.isEmpty() && i == parts.length - 1) continue;
            if (p.length() < 2 || !isQuote(p.charAt(0)) || !isQuote(p.charAt(p.length() - 1))) return false;
        }
        return true;
    }

    private static boolean isQuote(char c) {
        return c == '"' || c == '\'';
    }

    private static String reason(String args) {
        String compact = args.replaceAll("\\s+", "");
        if (!compact.endsWith("]")) return "no closing bracket";
        if (compact.endsWith(",]")) return "trailing comma";
        if (args.indexOf('\'') >= 0) return "JSON strings need double quotes, not single quotes";
        if (args.indexOf('“') >= 0 || args.indexOf('”') >= 0) return "typographic quotes instead of \"";
        return "every element must be a double-quoted string";
    }
}
