package dev.opsmith.rules.dockerfile;

import dev.opsmith.core.Span;
import dev.opsmith.format.dockerfile.Command;
import dev.opsmith.format.dockerfile.Dockerfile;
import dev.opsmith.format.dockerfile.Instruction;
import dev.opsmith.format.dockerfile.KeyValue;
import dev.opsmith.format.dockerfile.Word;

import java.util.ArrayList;
import java.util.List;

/**
 * Every place a Dockerfile sets an environment variable: ENV and ARG pairs (ONBUILD ones included) and the
 * {@code NAME=value} words of RUN commands ({@code X=1 cmd}, {@code export X=1}, {@code env X=1 cmd},
 * {@code go env -w X=1}). Used by the rules that look for a setting turning a safety check off.
 */
final class EnvAssignments {

    /**
     * One assignment.
     *
     * @param value the value as written (quotes removed, not expanded); null for {@code ARG NAME} without a default
     * @param span  the pair or the word
     */
    record Assignment(Instruction instruction, String name, String value, Span span) {
    }

    private EnvAssignments() {
    }

    static List<Assignment> of(Dockerfile dockerfile) {
        List<Assignment> out = new ArrayList<>();
        for (Instruction i : RunCommands.unwrapped(dockerfile)) {
            if (i.is("ENV", "ARG")) {
                for (KeyValue kv : i.pairs()) out.add(new Assignment(i, kv.key(), kv.value(), kv.span()));
            }
        }
        for (RunCommands.Run run : RunCommands.of(dockerfile)) {
            for (Command c : run.commands()) {
                for (Word w : c.words()) {
                    if (!Command.isAssignment(w)) continue;
                    String v = w.value();
                    int eq = v.indexOf('=');
                    if (eq <= 0) continue;
                    String name = v.substring(0, eq);
                    if (name.endsWith("+")) name = name.substring(0, name.length() - 1);
                    out.add(new Assignment(run.instruction(), name, v.substring(eq + 1), w.span()));
                }
            }
        }
        return out;
    }
}
