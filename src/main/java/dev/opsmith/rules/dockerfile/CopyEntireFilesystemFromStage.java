package dev.opsmith.rules.dockerfile;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.dockerfile.Dockerfile;
import dev.opsmith.format.dockerfile.Flag;
import dev.opsmith.format.dockerfile.Instruction;
import dev.opsmith.format.dockerfile.Word;
import dev.opsmith.rules.RuleContext;

import java.util.Optional;

/** Copying / from another stage undoes the point of a multi-stage build. */
public final class CopyEntireFilesystemFromStage extends DockerfileRule {
    static final RuleMeta META = RuleMeta.builder("DF065", "Whole root filesystem copied from another stage")
            .severity(Severity.MEDIUM).category(Category.SECURITY).format(Format.DOCKERFILE)
            .description("Reports `COPY --from=<stage or image>` (also under ONBUILD) with `/` as a source, such as "
                    + "`COPY --from=build / /`. Copying specific paths is accepted.")
            .rationale("The whole file system of the other stage comes along: compilers, package manager state, "
                    + "caches, and any credentials or tokens the build left on disk. The final image grows its "
                    + "attack surface and its bill of materials no longer matches what was meant to ship.")
            .remediation("Copy only the artifacts the runtime needs: `COPY --from=build /out/app /usr/local/bin/app`.")
            .reference("https://docs.docker.com/build/building/multi-stage/")
            .equivalent("hadolint", "DL3067")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(Dockerfile dockerfile, RuleContext context) {
        for (Instruction ins : dockerfile.instructions()) {
            Instruction copy = ins.inner() != null ? ins.inner() : ins;
            Optional<Flag> from = copy.is("COPY") ? copy.flag("from") : Optional.empty();
            if (from.isEmpty() || copy.words().size() < 2) continue;
            for (Word src : copy.words().subList(0, copy.words().size() - 1)) {
                if (ContainerPaths.clean(dockerfile.expand(copy, src.value())).equals("/")) {
                    context.report(src.span(), "COPY --from=" + from.get().value() + " copies the whole root "
                            + "filesystem: copy only the paths the runtime needs");
                }
            }
        }
    }
}
