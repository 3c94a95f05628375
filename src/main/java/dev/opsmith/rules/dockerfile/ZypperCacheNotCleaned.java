package dev.opsmith.rules.dockerfile;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.dockerfile.Command;
import dev.opsmith.format.dockerfile.Dockerfile;
import dev.opsmith.rules.RuleContext;

/** zypper keeps repository metadata in /var/cache/zypp; unless cleaned in the same RUN it stays in the layer. */
public final class ZypperCacheNotCleaned extends DockerfileRule {
    static final RuleMeta META = RuleMeta.builder("DF034", "zypper cache left in the final image")
            .severity(Severity.LOW).category(Category.HYGIENE).format(Format.DOCKERFILE)
            .description("Flags a zypper install, update or patch in a RUN of the final image (the last stage and "
                    + "the stages it is built on) when the same RUN does not later run `zypper clean` / `zypper cc` "
                    + "or remove `/var/cache/zypp`. Accepted: a cache or tmpfs mount on `/var/cache/zypp`, and "
                    + "builder stages that are only copied from.")
            .rationale("Repository metadata and downloaded packages are committed into the layer, adding size to "
                    + "every pull; cleaning in a later RUN cannot take them out again.")
            .remediation("End the installing RUN with `&& zypper clean --all`, or mount the cache: "
                    + "`RUN --mount=type=cache,target=/var/cache/zypp zypper -n in …`.")
            .reference("https://doc.opensuse.org/documentation/leap/reference/html/book-reference/cha-sw-cl.html")
            .reference("https://docs.docker.com/build/cache/optimize/#use-cache-mounts")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(Dockerfile dockerfile, RuleContext context) {
        for (Command e : PackageCommands.cacheLeftBehind(dockerfile,
                c -> Rpm.ZYPPER_CHANGES.contains(Rpm.zypperSubcommand(c)), ZypperCacheNotCleaned::cleans,
                "/var/cache/zypp")) {
            context.report(e.span(), "zypper " + Rpm.zypperSubcommand(e) + " without zypper clean in the same RUN: "
                    + "the package cache stays in the image; add && zypper clean --all");
        }
    }

    private static boolean cleans(Command e) {
        if (PackageCommands.removes(e, "/var/cache/zypp")) return true;
        String sub = Rpm.zypperSubcommand(e);
        return sub.equals("clean") || sub.equals("cc") || sub.equals("clean-cache");
    }
}
