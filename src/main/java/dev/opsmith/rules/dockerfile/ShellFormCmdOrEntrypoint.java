package dev.opsmith.rules.dockerfile;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.dockerfile.Command;
import dev.opsmith.format.dockerfile.Dockerfile;
import dev.opsmith.format.dockerfile.Instruction;
import dev.opsmith.format.dockerfile.Stage;
import dev.opsmith.format.dockerfile.Word;
import dev.opsmith.rules.RuleContext;

import java.util.List;
import java.util.Optional;

/**
 * In shell form the container's PID 1 is {@code /bin/sh -c}, which does not forward SIGTERM, so the application is
 * killed after the grace period instead of shutting down cleanly.
 */
public final class ShellFormCmdOrEntrypoint extends DockerfileRule {
    static final RuleMeta META = RuleMeta.builder("DF081", "CMD/ENTRYPOINT in shell form")
            .severity(Severity.LOW).category(Category.RELIABILITY).format(Format.DOCKERFILE)
            .description("Flags the `CMD` and the `ENTRYPOINT` that the final image starts with (the last of each in the "
                    + "final stage or, failing that, in the stage it is built on with `FROM <alias>`) when written in "
                    + "shell form (`CMD java -jar app.jar`). Accepted: JSON exec form, `HEALTHCHECK CMD` in shell form "
                    + "(a probe, not the main process), and CMD/ENTRYPOINT of builder stages. A value that starts with "
                    + "`[` but is not valid JSON is left to DF146.")
            .rationale("Shell form wraps the command in `/bin/sh -c`, which becomes PID 1. `docker stop` and Kubernetes "
                    + "send SIGTERM to the shell, which does not pass it on, so the application never drains connections or "
                    + "finishes in-flight transactions; it is killed with SIGKILL when the grace period ends. A shell-form "
                    + "ENTRYPOINT also ignores the CMD and `docker run` arguments.")
            .remediation("Write the command as a JSON array: `CMD [\"java\", \"-jar\", \"/app/app.jar\"]`. When shell "
                    + "features are needed, put them in an entrypoint script that ends with `exec \"$@\"`.")
            .reference("https://docs.docker.com/reference/dockerfile/#shell-and-exec-form")
            .reference("https://docs.docker.com/reference/build-checks/json-args-recommended/")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(Dockerfile df, RuleContext ctx) {
        List<Stage> chain = FinalImage.stages(df);
        for (String keyword : List.of("ENTRYPOINT", "CMD")) {
            Optional<Instruction> effective = Optional.empty();
            for (Stage s : chain) {
                effective = s.last(keyword);
                if (effective.isPresent()) break;
            }
            effective.filter(i -> !i.execForm() && !i.arguments().startsWith("["))
                    .ifPresent(i -> ctx.report(i.argumentsSpan(), keyword + " in shell form runs under /bin/sh -c, "
                            + "which does not forward SIGTERM to the application; write it as "
                            + suggestion(keyword, i)));
        }
    }

    /** The exec form of a simple one-command value, or a generic hint. */
    private static String suggestion(String keyword, Instruction i) {
        if (i.script() != null && i.script().commands().size() == 1) {
            Command c = i.script().commands().get(0);
            if (c.redirects().isEmpty() && c.assignments().isEmpty() && c.words().size() == i.words().size()) {
                StringBuilder sb = new StringBuilder(keyword).append(" [");
                List<Word> words = c.words();
                if (words.size() > 1 && words.get(0).value().equals("exec")) words = words.subList(1, words.size());
                for (Word w : words) {
                    if (w.hasExpansion()) return "a JSON array (use an entrypoint script with exec for variable expansion)";
                    if (sb.charAt(sb.length() - 1) != '[') sb.append(", ");
                    sb.append('"').append(w.value().replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
                }
                return sb.append(']').toString();
            }
        }
        return "a JSON array, e.g. " + keyword + " [\"executable\", \"arg\"]";
    }
}
