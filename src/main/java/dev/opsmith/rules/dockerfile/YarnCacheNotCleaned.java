package dev.opsmith.rules.dockerfile;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.dockerfile.Command;
import dev.opsmith.format.dockerfile.Dockerfile;
import dev.opsmith.rules.RuleContext;

import java.util.Set;

/** yarn keeps a copy of every package archive in its global cache, which the image then carries for nothing. */
public final class YarnCacheNotCleaned extends DockerfileRule {
    static final RuleMeta META = RuleMeta.builder("DF041", "yarn cache left in the final image")
            .severity(Severity.LOW).category(Category.HYGIENE).format(Format.DOCKERFILE)
            .description("Flags `yarn install`, bare `yarn` and `yarn add`/`yarn global add` in a RUN of the final "
                    + "image (the last stage and the stages it is built on) when the same RUN does not later run "
                    + "`yarn cache clean`. Accepted: the clean, any `--mount=type=cache` on that RUN, and builder "
                    + "stages that are only copied from.")
            .rationale("The yarn cache holds a compressed copy of every dependency next to node_modules, often "
                    + "hundreds of megabytes that slow every pull and are never used by the running application.")
            .remediation("End the RUN with `&& yarn cache clean`, or keep the cache outside the image: "
                    + "`RUN --mount=type=cache,target=/usr/local/share/.cache/yarn yarn install --frozen-lockfile`.")
            .reference("https://classic.yarnpkg.com/en/docs/cli/cache")
            .reference("https://docs.docker.com/build/cache/optimize/#use-cache-mounts")
            .equivalent("hadolint", "DL3060")
            .build();

    private static final Set<String> VALUE_OPTS = Set.of("--cache-folder", "--modules-folder", "--cwd",
            "--network-timeout", "--mutex", "--registry");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(Dockerfile dockerfile, RuleContext context) {
        for (RunCommands.Run run : RunCommands.of(dockerfile)) {
            if (!FinalImage.contains(dockerfile, run.instruction()) || CacheMounts.any(run.instruction())) continue;
            for (Command c : run.commands()) {
                Command e = PackageCommands.effective(c);
                if (!e.name().equals("yarn")) continue;
                String sub = PackageCommands.subcommand(e, VALUE_OPTS);
                boolean installs = sub.isEmpty() || sub.equals("install") || sub.equals("add")
                        || sub.equals("global") && PackageCommands.operandsAfterSubcommand(e, VALUE_OPTS).stream()
                        .findFirst().map(w -> w.value().equals("add")).orElse(false);
                if (!installs || PackageCommands.later(run, c, YarnCacheNotCleaned::cleans)) continue;
                context.report(e.span(), "yarn " + (sub.isEmpty() ? "install" : sub) + " without yarn cache clean in "
                        + "the same RUN: the package cache stays in the image; add && yarn cache clean");
            }
        }
    }

    private static boolean cleans(Command e) {
        return e.name().equals("yarn") && PackageCommands.subcommand(e, VALUE_OPTS).equals("cache")
                && PackageCommands.operandsAfterSubcommand(e, VALUE_OPTS).stream().findFirst()
                .map(w -> w.value().equals("clean")).orElse(false);
    }
}
