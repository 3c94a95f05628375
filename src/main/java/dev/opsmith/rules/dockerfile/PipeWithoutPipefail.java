package dev.opsmith.rules.dockerfile;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.core.Span;
import dev.opsmith.format.dockerfile.Command;
import dev.opsmith.format.dockerfile.Dockerfile;
import dev.opsmith.format.dockerfile.ImageRef;
import dev.opsmith.format.dockerfile.Instruction;
import dev.opsmith.format.dockerfile.Stage;
import dev.opsmith.format.dockerfile.Word;
import dev.opsmith.rules.RuleContext;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A pipeline's exit status is that of its last command, so {@code curl … | tar -x} succeeds when the download fails
 * unless pipefail is on, and the build goes on with a broken layer.
 */
public final class PipeWithoutPipefail extends DockerfileRule {
    static final RuleMeta META = RuleMeta.builder("DF080", "RUN pipeline can hide a failing command")
            .severity(Severity.MEDIUM).category(Category.RELIABILITY).format(Format.DOCKERFILE)
            .description("Flags a RUN whose script pipes one command into another (`a | b`) while pipefail is off: "
                    + "no `SHELL` in the stage (or in the stage it is built on with `FROM <alias>`) passes `-o pipefail` "
                    + "(also as `-eo pipefail`, `-euxo pipefail`), and the script does not run `set -o pipefail` "
                    + "(or `set -eo pipefail`, `set -euo pipefail`, …) before the pipe. The default `/bin/sh -c` counts as "
                    + "pipefail off. Heredoc scripts, `ONBUILD RUN` and exec-form `RUN [\"bash\", \"-c\", \"…\"]` are "
                    + "checked too. Accepted: a non-POSIX `SHELL` (PowerShell, cmd), exec form that runs a program "
                    + "without a shell, and pipes inside quoted strings.")
            .rationale("Without pipefail the shell reports only the last command's exit status. A failed download, a "
                    + "truncated archive or a missing file upstream of `| tar`, `| sh` or `| tee` is silently ignored, the "
                    + "layer is cached, and the image that ships differs from what the Dockerfile claims. For regulated "
                    + "teams that is an unreproducible build that passed every gate.")
            .remediation("Set the shell once per stage with `SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]` "
                    + "(on Alpine, where bash is not installed, `SHELL [\"/bin/ash\", \"-eo\", \"pipefail\", \"-c\"]`), or "
                    + "start the RUN script with `set -o pipefail` when the image's `/bin/sh` supports it (bash, BusyBox "
                    + "ash; Debian's dash does not). In exec form, pass `-o pipefail` before `-c`.")
            .reference("https://docs.docker.com/build/building/best-practices/#using-pipes")
            .reference("https://docs.docker.com/reference/dockerfile/#shell")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(Dockerfile df, RuleContext ctx) {
        for (Instruction outer : df.instructions()) {
            Instruction run = outer.is("ONBUILD") ? outer.inner() : outer;
            if (run == null || !run.is("RUN")) continue;
            Optional<Stage> stage = df.stageOf(outer);
            if (stage.isEmpty()) continue;
            if (run.script() != null) {
                Optional<Instruction> shell = Shells.activeShell(stage.get(), outer);
                List<Word> shellWords = shell.map(Instruction::words).orElse(List.of());
                if (!shellWords.isEmpty() && Shells.optionsEnablePipefail(shellWords.subList(1, shellWords.size()))) continue;
                String fix = shell.isPresent() && Set.of("sh", "dash").contains(Shells.basename(shellWords.get(0).value()))
                        ? "replace the SHELL on line " + shell.get().span().line()
                        + " with [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"] (on Alpine [\"/bin/ash\", \"-eo\", \"pipefail\", \"-c\"])"
                        : shell.isPresent()
                        ? "add \"-o\", \"pipefail\" to the SHELL on line " + shell.get().span().line()
                        + " or start the script with set -o pipefail"
                        : alpine(stage.get())
                        ? "add SHELL [\"/bin/ash\", \"-eo\", \"pipefail\", \"-c\"] before this RUN or start the script with set -o pipefail"
                        : "add SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"] before this RUN (or start the script with set -o pipefail if /bin/sh supports it)";
                String shellName = shell.map(s -> s.words().get(0).value()).orElse("/bin/sh");
                report(ctx, run.script().commands(), shellName, fix);
            } else if (run.execForm() && !run.words().isEmpty()) {
                List<Word> words = run.words();
                if (!Shells.POSIX.contains(Shells.basename(words.get(0).value()))) continue;
                if (Shells.optionsEnablePipefail(words.subList(1, words.size()))) continue;
                List<Command> all = RunCommands.commands(run);
                if (all.size() < 2) continue;
                report(ctx, all.subList(1, all.size()), words.get(0).value(),
                        "pass \"-o\", \"pipefail\" before \"-c\" or start the script with set -o pipefail");
            }
        }
    }

    private static void report(RuleContext ctx, List<Command> commands, String shell, String fix) {
        boolean pipefail = false;
        for (int i = 0; i < commands.size(); i++) {
            Command c = commands.get(i);
            if (Shells.setsPipefail(c)) pipefail = true;
            if (!c.pipedTo() || pipefail) continue;
            int j = i;
            while (j + 1 < commands.size() && commands.get(j).pipedTo()) j++;
            Command last = commands.get(j);
            Span span = c.span().union(last.span());
            ctx.report(span, "`" + name(c) + "` is piped into `" + name(last) + "` under " + shell
                    + " without pipefail: if " + name(c) + " fails, the RUN still succeeds because only " + name(last)
                    + "'s exit status counts; " + fix);
            return;
        }
    }

    private static String name(Command c) {
        String n = c.effective().name();
        return n.isEmpty() ? c.text() : n;
    }

    private static boolean alpine(Stage stage) {
        ImageRef image = stage.rootStage().image();
        String repo = image.repository() == null ? "" : image.repository().toLowerCase(Locale.ROOT);
        String tag = image.tag() == null ? "" : image.tag().toLowerCase(Locale.ROOT);
        return repo.endsWith("alpine") || tag.contains("alpine");
    }
}
