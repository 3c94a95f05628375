package dev.opsmith.rules.dockerfile;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.dockerfile.Command;
import dev.opsmith.format.dockerfile.Dockerfile;
import dev.opsmith.format.dockerfile.Instruction;
import dev.opsmith.format.dockerfile.Stage;
import dev.opsmith.format.dockerfile.Word;
import dev.opsmith.rules.RuleContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Changing ownership or mode of copied files in a later RUN stores every one of them a second time. */
public final class OwnershipChangedInSeparateLayer extends DockerfileRule {
    static final RuleMeta META = RuleMeta.builder("DF069", "Recursive chown/chmod re-writes files copied earlier")
            .severity(Severity.LOW).category(Category.HYGIENE).format(Format.DOCKERFILE)
            .description("Reports `chown -R` / `chmod -R` (also `--recursive`) in a RUN when a path it changes was "
                    + "filled by an earlier COPY or ADD of the same stage: the same path, a directory above it, or "
                    + "one below it. Relative paths are resolved against WORKDIR; paths with unresolved variables "
                    + "are skipped.")
            .rationale("A layer stores whole files, so a metadata change copies every affected file into the new "
                    + "layer: the image carries the copied tree twice, pulls and scans take longer, and the layer "
                    + "history no longer shows plainly which step delivered which file.")
            .remediation("Set owner and mode while copying: `COPY --chown=10001:10001 --chmod=0755 app/ /app/`, and "
                    + "drop the RUN.")
            .reference("https://docs.docker.com/reference/dockerfile/#copy---chown---chmod")
            .build();

    private record Copied(Instruction instruction, String path) {
    }

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(Dockerfile dockerfile, RuleContext context) {
        for (Stage stage : dockerfile.stages()) {
            List<Copied> copied = new ArrayList<>();
            for (Instruction ins : stage.instructions()) {
                if (ins.is("COPY", "ADD")) {
                    destination(dockerfile, ins).ifPresent(p -> copied.add(new Copied(ins, p)));
                } else if (ins.is("RUN") && !copied.isEmpty()) {
                    check(dockerfile, context, ins, copied);
                }
            }
        }
    }

    private static void check(Dockerfile df, RuleContext context, Instruction run, List<Copied> copied) {
        Optional<String> workdir = ContainerPaths.workdirAt(df, run);
        if (workdir.isEmpty()) return;
        for (Command c : RunCommands.commands(run)) {
            Command e = c.effective();
            if (!(e.name().equals("chown") || e.name().equals("chmod")) || !e.hasFlag("-R", "--recursive")) continue;
            List<Word> args = e.positionals();
            if (!e.hasFlag("--reference")) args = args.isEmpty() ? args : args.subList(1, args.size());
            found:
            for (Word w : args) {
                String value = df.expand(run, w.value());
                if (value.indexOf('$') >= 0 || value.isEmpty()) continue;
                String path = ContainerPaths.resolve(workdir.get(), beforeWildcard(value));
                for (Copied cp : copied) {
                    if (ContainerPaths.overlap(path, cp.path())) {
                        context.report(w.span(), e.name() + " -R " + w.value() + " rewrites files copied into "
                                        + cp.path() + " earlier, duplicating them in a new layer: use COPY --"
                                        + (e.name().equals("chown") ? "chown" : "chmod") + " instead")
                                .related(cp.instruction().span(), "the files are copied here");
                        break found;
                    }
                }
            }
        }
    }

    /** Where a COPY/ADD puts its files, absolute and cleaned; empty when unknown. */
    private static Optional<String> destination(Dockerfile df, Instruction copy) {
        if (copy.words().size() < 2) return Optional.empty();
        String dest = df.expand(copy, copy.words().get(copy.words().size() - 1).value());
        if (dest.indexOf('$') >= 0 || (ContainerPaths.isAbsolute(dest) && !dest.startsWith("/"))) return Optional.empty();
        return ContainerPaths.workdirAt(df, copy).map(dir -> ContainerPaths.resolve(dir, dest));
    }

    /** The directory part before the first glob character: {@code /app/*.jar} gives {@code /app}. */
    private static String beforeWildcard(String path) {
        int glob = -1;
        for (int i = 0; i < path.length() && glob < 0; i++) if ("*?[".indexOf(path.charAt(i)) >= 0) glob = i;
        if (glob < 0) return path;
        int slash = path.lastIndexOf('/', glob);
        return slash <= 0 ? (path.startsWith("/") ? "/" : ".") : path.substring(0, slash);
    }
}
