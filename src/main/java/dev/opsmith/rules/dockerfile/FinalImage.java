package dev.opsmith.rules.dockerfile;

import dev.opsmith.format.dockerfile.Dockerfile;
import dev.opsmith.format.dockerfile.Instruction;
import dev.opsmith.format.dockerfile.Stage;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The stages whose layers end up in the image {@code docker build} produces: the last stage plus every stage it is
 * built on through {@code FROM <alias>}. A stage that is only read with {@code COPY --from} leaves nothing behind.
 */
final class FinalImage {
    private FinalImage() {
    }

    /** The final-image stages, from the last stage down to the root of its FROM chain; empty without FROM. */
    static List<Stage> stages(Dockerfile dockerfile) {
        List<Stage> out = new ArrayList<>();
        Optional<Stage> s = dockerfile.finalStage();
        while (s.isPresent() && !out.contains(s.get())) {
            out.add(s.get());
            s = s.get().baseStage();
        }
        return out;
    }

    /** True when the instruction (or ONBUILD's inner one) belongs to a final-image stage. */
    static boolean contains(Dockerfile dockerfile, Instruction instruction) {
        int index = instruction.stageIndex();
        for (Stage s : stages(dockerfile)) if (s.index() == index) return true;
        return false;
    }
}
