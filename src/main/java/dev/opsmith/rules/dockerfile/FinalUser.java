package dev.opsmith.rules.dockerfile;

import dev.opsmith.format.dockerfile.Dockerfile;
import dev.opsmith.format.dockerfile.Instruction;
import dev.opsmith.format.dockerfile.Stage;
import dev.opsmith.format.dockerfile.Word;

import java.util.List;
import java.util.Optional;

/**
 * The user the final image runs as: the last {@code USER} of the final image's stages (see {@link FinalImage}), with
 * build args resolved. Shared by the user rules (DF050–DF052).
 *
 * @param instruction the USER instruction
 * @param word        its value as written
 * @param user        the user part after variable expansion ({@code app} of {@code app:app})
 * @param resolved    false when a variable in it could not be resolved
 */
record FinalUser(Instruction instruction, Word word, String user, boolean resolved) {

    /** The last USER of the final image, if any. */
    static Optional<FinalUser> last(Dockerfile dockerfile) {
        List<Stage> stages = FinalImage.stages(dockerfile);
        for (Stage stage : stages) { // last stage first, then the stages it is built on
            for (int i = stage.instructions().size() - 1; i >= 0; i--) {
                Instruction ins = stage.instructions().get(i);
                if (!ins.is("USER") || ins.words().isEmpty()) continue;
                Word w = ins.words().get(0);
                String value = dockerfile.expand(ins, w.value());
                int colon = value.indexOf(':');
                String user = colon >= 0 ? value.substring(0, colon) : value;
                return Optional.of(new FinalUser(ins, w, user, value.indexOf('$') < 0));
            }
        }
        return Optional.empty();
    }

    /** True for {@code root} or UID {@code 0} (also {@code 00}). */
    boolean isRoot() {
        return user.equals("root") || (!user.isEmpty() && user.chars().allMatch(c -> c == '0'));
    }

    /** True when the user part is a numeric UID. */
    boolean isNumeric() {
        return !user.isEmpty() && user.chars().allMatch(Character::isDigit);
    }
}
