package dev.opsmith.rules.dockerfile;

import dev.opsmith.format.dockerfile.Dockerfile;
import dev.opsmith.format.dockerfile.Instruction;
import dev.opsmith.format.dockerfile.Stage;
import dev.opsmith.rules.RuleContext;

import java.util.List;

/** Instructions of which only the last one in a stage takes effect (CMD, ENTRYPOINT, HEALTHCHECK). */
final class RepeatedInstructions {
    private RepeatedInstructions() {
    }

    /**
     * Reports every {@code keyword} instruction after the first in each stage (top level only; ONBUILD triggers are
     * not counted), naming the earlier one it overrides.
     */
    static void report(Dockerfile df, RuleContext ctx, String keyword, String consequence) {
        for (Stage stage : df.stages()) {
            List<Instruction> found = stage.instructions(keyword);
            for (int i = 1; i < found.size(); i++) {
                Instruction previous = found.get(i - 1);
                ctx.report(found.get(i).span(), keyword + " repeated in stage " + stage.nameOrIndex() + ": it replaces the "
                                + keyword + " on line " + previous.span().line() + ", " + consequence)
                        .related(previous.span(), "overridden " + keyword);
            }
        }
    }
}
