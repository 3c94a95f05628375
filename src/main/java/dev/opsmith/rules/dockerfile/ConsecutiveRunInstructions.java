package dev.opsmith.rules.dockerfile;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.dockerfile.Comment;
import dev.opsmith.format.dockerfile.Dockerfile;
import dev.opsmith.format.dockerfile.Flag;
import dev.opsmith.format.dockerfile.Instruction;
import dev.opsmith.format.dockerfile.Stage;
import dev.opsmith.rules.RuleContext;

import java.util.ArrayList;
import java.util.List;

/** Each RUN is a layer; short steps in a row add layers and cache entries without making the Dockerfile clearer. */
public final class ConsecutiveRunInstructions extends DockerfileRule {
    private static final int SHORT = 2;

    static final RuleMeta META = RuleMeta.builder("DF095", "Consecutive RUN instructions could be merged")
            .severity(Severity.INFO).category(Category.HYGIENE).format(Format.DOCKERFILE)
            .description("Flags a RUN that directly follows another RUN of the same stage with the same flags "
                    + "(`--mount`, `--network`, `--security`), when both run at most two commands. Accepted: different "
                    + "flags (for example different cache or secret mounts), a comment between the two (read as a "
                    + "deliberate split), any other instruction between them, and RUNs with longer scripts (those were "
                    + "split on purpose).")
            .rationale("Every RUN creates a layer and a cache entry. Runs of tiny steps make images larger and builds "
                    + "slower, and files deleted in a later layer still ship in the earlier one.")
            .remediation("Join the commands into one RUN with `&&` (or a heredoc), or put a comment between the RUNs "
                    + "when the split is intentional, for example to keep a slow step cached.")
            .reference("https://docs.docker.com/build/building/best-practices/#run")
            .equivalent("hadolint", "DL3059")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(Dockerfile df, RuleContext ctx) {
        for (Stage stage : df.stages()) {
            List<Instruction> list = stage.instructions();
            for (int i = 1; i < list.size(); i++) {
                Instruction prev = list.get(i - 1);
                Instruction cur = list.get(i);
                if (!prev.is("RUN") || !cur.is("RUN")) continue;
                int a = commands(prev);
                int b = commands(cur);
                if (a < 0 || b < 0 || a > SHORT || b > SHORT) continue;
                if (!flags(prev).equals(flags(cur)) || commentBetween(df, prev, cur)) continue;
                ctx.report(cur.span(), "this RUN follows the RUN on line " + prev.span().line() + " with the same flags and "
                                + "both are short; merge them with && to save a layer, or add a comment if the split is deliberate")
                        .related(prev.span(), "previous RUN");
            }
        }
    }

    /** Number of commands the RUN runs; -1 when unknown (non-POSIX shell). */
    private static int commands(Instruction run) {
        if (run.script() != null) return run.script().commands().size();
        if (run.execForm()) return Math.max(1, RunCommands.commands(run).size() - 1);
        return -1;
    }

    private static List<String> flags(Instruction run) {
        List<String> out = new ArrayList<>();
        for (Flag f : run.flags()) out.add(f.name() + "=" + f.value());
        out.sort(null);
        return out;
    }

    private static boolean commentBetween(Dockerfile df, Instruction prev, Instruction cur) {
        for (Comment c : df.comments()) {
            if (c.span().line() > prev.span().endLine() && c.span().line() < cur.span().line()) return true;
        }
        return false;
    }
}
