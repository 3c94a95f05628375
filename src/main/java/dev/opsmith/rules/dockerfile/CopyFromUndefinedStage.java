package dev.opsmith.rules.dockerfile;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.dockerfile.Dockerfile;
import dev.opsmith.format.dockerfile.Flag;
import dev.opsmith.format.dockerfile.Instruction;
import dev.opsmith.format.dockerfile.Stage;
import dev.opsmith.rules.RuleContext;

import java.util.Locale;

/**
 * A {@code --from} value that is no earlier stage is read as an image name, so a typo in a stage alias turns into
 * a pull from Docker Hub (a failure at best, someone else's image at worst).
 */
public final class CopyFromUndefinedStage extends DockerfileRule {
    static final RuleMeta META = RuleMeta.builder("DF141", "COPY --from refers to an unknown stage")
            .severity(Severity.MEDIUM).category(Category.RELIABILITY).format(Format.DOCKERFILE)
            .description("Reports `COPY --from=<name>` and `RUN --mount=from=<name>` where the name is not the alias "
                    + "of an earlier stage and does not look like an image reference (it has no `/`, `:`, `@` or "
                    + "`.`), and `--from=<N>` where N is not the index of an earlier stage. Image references (left to "
                    + "DF001-DF004), earlier stages and values with an unresolved variable are accepted; the stage's "
                    + "own alias is DF140's concern. If you pass the name as a named build context "
                    + "(`--build-context name=...`), suppress the finding for that line.")
            .rationale("BuildKit treats a `--from` value that matches no stage as an image on Docker Hub. A misspelt "
                    + "alias therefore fails late with a confusing pull error or, if someone has published an image "
                    + "under that name, silently copies files from an untrusted image.")
            .remediation("Use the exact alias of a stage defined above (aliases are case-insensitive), move the stage "
                    + "before its use, or write a full image reference with a tag if an image was meant.")
            .reference("https://docs.docker.com/reference/dockerfile/#copy---from")
            .reference("https://docs.docker.com/build/building/multi-stage/#name-your-build-stages")
            .equivalent("hadolint", "DL3022")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(Dockerfile dockerfile, RuleContext context) {
        for (Instruction ins : dockerfile.instructions()) {
            if (ins.is("COPY")) {
                for (Flag f : ins.flags("from")) check(dockerfile, ins, f, f.value(), "COPY --from", context);
            } else if (ins.is("RUN")) {
                for (Flag f : ins.flags("mount")) check(dockerfile, ins, f, f.mount().get("from"), "RUN --mount from", context);
            }
        }
    }

    private static void check(Dockerfile dockerfile, Instruction ins, Flag flag, String value, String where,
                              RuleContext context) {
        Stage current = dockerfile.stageOf(ins).orElse(null);
        if (current == null || value == null || value.isBlank()) return;
        String resolved = dockerfile.expand(ins, value).trim();
        if (resolved.indexOf('$') >= 0) return;
        String name = resolved.toLowerCase(Locale.ROOT);
        if (ImageReferences.isIndex(name)) {
            int index = Integer.parseInt(name);
            if (index < current.index()) return;
            if (index == current.index() && where.startsWith("COPY")) return; // DF140
            String problem = index >= dockerfile.stages().size() ? "the file has no stage " + index
                    : "stage " + index + " is not defined before this one";
            context.report(flag.span(), where + "=" + value + ": " + problem + "; refer to an earlier stage, "
                    + "preferably by its alias");
            return;
        }
        if (name.equals(current.name())) return; // DF140 (or a mount of the stage itself, which BuildKit rejects too)
        for (Stage s : dockerfile.stages()) {
            if (!name.equals(s.name())) continue;
            if (s.index() < current.index()) return;
            context.report(flag.span(), where + "=" + value + " refers to stage " + s.name() + ", which is defined later "
                    + "in the file; the classic builder cannot resolve that and readers expect dependencies first, so "
                    + "move the stage above its use").related(s.from().span(), "stage " + s.name());
            return;
        }
        if (ImageReferences.looksLikeImage(name)) return;
        context.report(flag.span(), where + "=" + value + " matches no earlier stage, so BuildKit pulls an image named '"
                + resolved + "' from Docker Hub; fix the stage alias or write a full image reference with a tag");
    }
}
