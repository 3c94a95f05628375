package dev.opsmith.rules.dockerfile;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.dockerfile.Command;
import dev.opsmith.format.dockerfile.Dockerfile;
import dev.opsmith.rules.RuleContext;

/** Package lists fetched by {@code apt-get update} are tens of megabytes that the running image never needs. */
public final class AptListsNotRemoved extends DockerfileRule {
    static final RuleMeta META = RuleMeta.builder("DF023", "apt lists left in the final image")
            .severity(Severity.LOW).category(Category.HYGIENE).format(Format.DOCKERFILE)
            .description("Flags `apt-get update` (or `apt update`) in a RUN of the final image (the last stage and "
                    + "the stages it is built on) when the same RUN does not later remove the lists with "
                    + "`rm -rf /var/lib/apt/lists/*` or run `apt-get dist-clean`. Accepted: a cache or tmpfs mount at or "
                    + "under `/var/lib/apt` or `/var/cache/apt` on that RUN, and builder stages that are only copied from.")
            .rationale("The lists are committed into the layer, so they enlarge every pull. They also record the "
                    + "repository state of build day, which later misleads anyone who runs apt inside a container.")
            .remediation("End the installing RUN with `&& rm -rf /var/lib/apt/lists/*`, or mount the apt directories "
                    + "as BuildKit caches: `RUN --mount=type=cache,target=/var/cache/apt,sharing=locked "
                    + "--mount=type=cache,target=/var/lib/apt,sharing=locked apt-get update && …`.")
            .reference("https://docs.docker.com/build/building/best-practices/#apt-get")
            .reference("https://docs.docker.com/build/cache/optimize/#use-cache-mounts")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(Dockerfile dockerfile, RuleContext context) {
        for (Command e : PackageCommands.cacheLeftBehind(dockerfile, AptListsNotRemoved::updates,
                AptListsNotRemoved::cleans, "/var/lib/apt", "/var/cache/apt")) {
            context.report(e.span(), e.name() + " update without removing /var/lib/apt/lists afterwards: the "
                    + "package lists stay in the image; add && rm -rf /var/lib/apt/lists/* to this RUN");
        }
    }

    private static boolean updates(Command e) {
        return (e.name().equals("apt-get") || e.name().equals("apt"))
                && PackageCommands.subcommand(e, PackageCommands.APT_VALUE_OPTS).equals("update");
    }

    private static boolean cleans(Command e) {
        if (PackageCommands.removes(e, "/var/lib/apt/lists", "/var/lib/apt/*")
                || (e.name().equals("rm") && e.positionals().stream()
                .anyMatch(w -> CacheMounts.normalize(w.value()).equals("/var/lib/apt")))) {
            return true;
        }
        return (e.name().equals("apt-get") || e.name().equals("apt"))
                && PackageCommands.subcommand(e, PackageCommands.APT_VALUE_OPTS).equals("dist-clean");
    }
}
