package dev.opsmith.rules.dockerfile;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.dockerfile.Command;
import dev.opsmith.format.dockerfile.Dockerfile;
import dev.opsmith.format.dockerfile.Instruction;
import dev.opsmith.rules.RuleContext;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** pip keeps every downloaded wheel in ~/.cache/pip; in an image layer that cache is dead weight forever. */
public final class PipCacheNotDisabled extends DockerfileRule {
    static final RuleMeta META = RuleMeta.builder("DF037", "pip cache written into the final image")
            .severity(Severity.LOW).category(Category.HYGIENE).format(Format.DOCKERFILE)
            .description("Flags `pip install` (also `pip3`, `python -m pip`) in a RUN of the final image (the last "
                    + "stage and the stages it is built on) without `--no-cache-dir`. Accepted: `--no-cache-dir`; "
                    + "`PIP_NO_CACHE_DIR` set by ENV/ARG, `export` or inline to any boolean (pip disables the cache even for `0`/`false`, for backwards compatibility); a cache or tmpfs mount "
                    + "whose target ends in `.cache/pip`, is `/root/.cache`, or is the directory named by "
                    + "`--cache-dir`/`PIP_CACHE_DIR`; pipx, pipenv and uv (their own caches); builder stages that are "
                    + "only copied from.")
            .rationale("The wheel and HTTP cache often doubles the size of the installed packages and is never read "
                    + "again in the running container. It enlarges every pull and the attack surface scanners report on.")
            .remediation("Set `ENV PIP_NO_CACHE_DIR=1` once, pass `--no-cache-dir`, or keep a cache between builds "
                    + "without shipping it: `RUN --mount=type=cache,target=/root/.cache/pip pip install -r requirements.txt`.")
            .reference("https://pip.pypa.io/en/stable/topics/caching/")
            .reference("https://docs.docker.com/build/cache/optimize/#use-cache-mounts")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(Dockerfile dockerfile, RuleContext context) {
        for (RunCommands.Run run : RunCommands.of(dockerfile)) {
            Instruction at = PackageCommands.topLevel(dockerfile, run.instruction());
            if (!FinalImage.contains(dockerfile, at)) continue;
            if (CacheMounts.targetEndsWith(run.instruction(), ".cache/pip")
                    || CacheMounts.targets(run.instruction(), true).contains("/root/.cache")) {
                continue;
            }
            for (Command c : run.commands()) {
                Command e = PackageCommands.effective(c);
                if (Pip.install(e, false).isEmpty()) continue;
                if (e.hasFlag("--no-cache-dir") || PackageCommands.envValue(dockerfile, run, c, "PIP_NO_CACHE_DIR")
                        .map(PipCacheNotDisabled::pipBoolean).orElse(false)) {
                    continue;
                }
                Optional<String> dir = e.flagValue("--cache-dir");
                if (dir.isEmpty()) dir = Optional.ofNullable(dockerfile.variablesAt(at).get("PIP_CACHE_DIR"));
                if (dir.isPresent() && CacheMounts.targets(run.instruction(), true).contains(CacheMounts.normalize(dir.get()))) {
                    continue;
                }
                context.report(e.span(), "pip install without --no-cache-dir: the download cache stays in the "
                        + "image; add --no-cache-dir, set ENV PIP_NO_CACHE_DIR=1, or use a cache mount");
            }
        }
    }

    /**
     * pip disables its cache for any valid boolean in {@code PIP_NO_CACHE_DIR}, {@code false} and {@code 0} included
     * (kept for backwards compatibility, see pip's {@code _handle_no_cache_dir}).
     */
    private static boolean pipBoolean(String value) {
        return Set.of("y", "yes", "t", "true", "on", "1", "n", "no", "f", "false", "off", "0")
                .contains(value.trim().toLowerCase(Locale.ROOT));
    }
}
