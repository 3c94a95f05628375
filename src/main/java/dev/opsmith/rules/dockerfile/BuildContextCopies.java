package dev.opsmith.rules.dockerfile;

import dev.opsmith.format.dockerfile.Dockerfile;
import dev.opsmith.format.dockerfile.Instruction;
import dev.opsmith.format.dockerfile.Word;

import java.util.ArrayList;
import java.util.List;

/**
 * Sources that copy the whole build context: {@code COPY . <dst>} / {@code ADD ./ <dst>} without {@code --from}
 * (ONBUILD ones are left out: they run against the child image's context). Shared by DF066 and DF067.
 */
final class BuildContextCopies {
    private BuildContextCopies() {
    }

    /** The source words that name the context root, in file order. */
    static List<Word> of(Dockerfile dockerfile) {
        List<Word> out = new ArrayList<>();
        for (Instruction copy : dockerfile.instructions()) {
            if (!copy.is("COPY", "ADD") || copy.flag("from").isPresent() || copy.words().size() < 2) continue;
            for (Word src : copy.words().subList(0, copy.words().size() - 1)) {
                String value = dockerfile.expand(copy, src.value());
                if (!value.startsWith("<<") && ContainerPaths.clean(value).equals(".")) out.add(src);
            }
        }
        return out;
    }
}
