package dev.opsmith.rules.dockerfile;

import dev.opsmith.core.Span;
import dev.opsmith.format.dockerfile.Dockerfile;
import dev.opsmith.format.dockerfile.Flag;
import dev.opsmith.format.dockerfile.ImageRef;
import dev.opsmith.format.dockerfile.Instruction;
import dev.opsmith.format.dockerfile.Stage;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The external images a Dockerfile pulls: every {@code FROM} that does not name a stage, and every
 * {@code COPY --from} / {@code RUN --mount=from=} whose value is not a stage and looks like an image reference
 * (a bare word that is not a stage is left to DF141, which reports it as an unknown stage).
 */
final class ImageReferences {

    /** One place an external image is used. {@code span} is the image word or the flag that names it. */
    record ImageUse(ImageRef image, Span span, Instruction instruction, String where) {
        /** How the image is named in messages: the text as written, plus the resolved value when it differs. */
        String shown() {
            return image.text().equals(image.resolved()) ? image.text() : image.text() + " (resolves to " + image.resolved() + ")";
        }
    }

    private ImageReferences() {
    }

    /** Every external image use in file order; scratch and stage references excluded, unresolved ones included. */
    static List<ImageUse> external(Dockerfile dockerfile) {
        List<ImageUse> out = new ArrayList<>();
        for (Instruction ins : dockerfile.instructions()) {
            if (ins.is("FROM")) {
                Stage stage = dockerfile.stageOf(ins).orElse(null);
                if (stage == null) continue;
                ImageRef image = stage.image();
                if (image.isScratch() || image.resolved().isBlank() || stage.baseStage().isPresent()
                        || isStageName(dockerfile, image.resolved())) {
                    continue;
                }
                out.add(new ImageUse(image, image.span(), ins, "FROM"));
            } else if (ins.is("COPY")) {
                for (Flag f : ins.flags("from")) add(dockerfile, ins, f, f.value(), "COPY --from", out);
            } else if (ins.is("RUN")) {
                for (Flag f : ins.flags("mount")) add(dockerfile, ins, f, f.mount().get("from"), "RUN --mount from", out);
            }
        }
        return out;
    }

    private static void add(Dockerfile dockerfile, Instruction ins, Flag flag, String value, String where, List<ImageUse> out) {
        if (value == null || value.isBlank()) return;
        String resolved = dockerfile.expand(ins, value);
        if (isStageReference(dockerfile, resolved) || !looksLikeImage(resolved)) return;
        ImageRef image = ImageRef.parse(value, resolved, flag.span());
        if (image.isScratch()) return;
        out.add(new ImageUse(image, flag.span(), ins, where));
    }

    /** True when some stage of the file has this alias (case-insensitive). */
    static boolean isStageName(Dockerfile dockerfile, String name) {
        String n = name.toLowerCase(Locale.ROOT);
        for (Stage s : dockerfile.stages()) if (n.equals(s.name())) return true;
        return false;
    }

    /** True for a stage alias or a stage index as {@code COPY --from} accepts them. */
    static boolean isStageReference(Dockerfile dockerfile, String value) {
        return isStageName(dockerfile, value) || isIndex(value);
    }

    static boolean isIndex(String value) {
        return !value.isEmpty() && value.length() < 10 && value.chars().allMatch(Character::isDigit);
    }

    /** A {@code --from} value reads as an image when it has a registry, path, tag or digest separator. */
    static boolean looksLikeImage(String value) {
        return value.indexOf('/') >= 0 || value.indexOf(':') >= 0 || value.indexOf('@') >= 0 || value.indexOf('.') >= 0;
    }

    /** The Docker Hub repository name without {@code library/}, or null for an image from another registry. */
    static String dockerHubRepository(ImageRef image) {
        if (!image.registryHost().equals("docker.io")) return null;
        String repo = image.repository().toLowerCase(Locale.ROOT);
        return repo.startsWith("library/") ? repo.substring("library/".length()) : repo;
    }
}
