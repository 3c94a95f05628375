package dev.opsmith.rules.dockerfile;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.dockerfile.Command;
import dev.opsmith.format.dockerfile.Dockerfile;
import dev.opsmith.rules.RuleContext;

/** {@code apk add} keeps the downloaded index in /var/cache/apk unless told not to, and the layer keeps it forever. */
public final class ApkAddWithoutNoCache extends DockerfileRule {
    static final RuleMeta META = RuleMeta.builder("DF028", "apk add leaves its index cache in the final image")
            .severity(Severity.LOW).category(Category.HYGIENE).format(Format.DOCKERFILE)
            .description("Flags `apk add` in a RUN of the final image (the last stage and the stages it is built on) "
                    + "without `--no-cache`. Accepted: `--no-cache`, a cache or tmpfs mount on `/var/cache/apk`, "
                    + "`rm -rf /var/cache/apk/*` later in the same RUN, and builder stages that are only copied from.")
            .rationale("The APKINDEX files are only needed while installing. Left in the layer they add size to "
                    + "every pull and record repository state that is stale the day after the build.")
            .remediation("Use `apk add --no-cache <packages>` (it also makes a separate `apk update` unnecessary), or "
                    + "`RUN --mount=type=cache,target=/var/cache/apk apk add …` to keep a cache between builds.")
            .reference("https://wiki.alpinelinux.org/wiki/Alpine_Package_Keeper")
            .reference("https://docs.docker.com/build/cache/optimize/#use-cache-mounts")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(Dockerfile dockerfile, RuleContext context) {
        for (Command e : PackageCommands.cacheLeftBehind(dockerfile, ApkAddWithoutNoCache::addsWithCache,
                next -> PackageCommands.removes(next, "/var/cache/apk"), "/var/cache/apk")) {
            context.report(e.span(), "apk add without --no-cache: the package index stays in "
                    + "/var/cache/apk in the image; add --no-cache");
        }
    }

    private static boolean addsWithCache(Command e) {
        return e.name().equals("apk") && PackageCommands.subcommand(e, PackageCommands.APK_VALUE_OPTS).equals("add")
                && !e.hasFlag("--no-cache");
    }
}
