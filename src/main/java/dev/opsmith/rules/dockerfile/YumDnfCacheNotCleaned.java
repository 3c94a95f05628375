package dev.opsmith.rules.dockerfile;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.dockerfile.Command;
import dev.opsmith.format.dockerfile.Dockerfile;
import dev.opsmith.format.dockerfile.Word;
import dev.opsmith.rules.RuleContext;

/** yum and dnf keep repository metadata (often 100 MB and more) in /var/cache unless cleaned in the same layer. */
public final class YumDnfCacheNotCleaned extends DockerfileRule {
    static final RuleMeta META = RuleMeta.builder("DF031", "yum/dnf/microdnf cache left in the final image")
            .severity(Severity.LOW).category(Category.HYGIENE).format(Format.DOCKERFILE)
            .description("Flags an install or upgrade by `yum`, `dnf`, `dnf5`, `microdnf` or `tdnf` in a RUN of the "
                    + "final image (the last stage and the stages it is built on) when the same RUN does not later run "
                    + "`<tool> clean all` or remove `/var/cache/yum`, `/var/cache/dnf` or `/var/cache/libdnf5`. "
                    + "Accepted: a cache or tmpfs mount on one of those directories, and builder stages that are only "
                    + "copied from.")
            .rationale("The metadata and downloaded packages are committed into the layer; a later RUN that cleans "
                    + "them cannot shrink the image. They add size to every pull and describe repository state that is "
                    + "stale right after the build.")
            .remediation("End the installing RUN with `&& dnf clean all` (or `yum clean all`, `microdnf clean all`), "
                    + "or mount the cache: `RUN --mount=type=cache,target=/var/cache/dnf dnf install -y …`.")
            .reference("https://dnf.readthedocs.io/en/latest/command_ref.html#clean-command")
            .reference("https://docs.docker.com/build/cache/optimize/#use-cache-mounts")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(Dockerfile dockerfile, RuleContext context) {
        for (Command e : PackageCommands.cacheLeftBehind(dockerfile, c -> !Rpm.yumChange(c).isEmpty(),
                YumDnfCacheNotCleaned::cleans, "/var/cache/yum", "/var/cache/dnf", "/var/cache/libdnf5")) {
            context.report(e.span(), e.name() + " " + Rpm.yumChange(e) + " without " + e.name() + " clean all in the "
                    + "same RUN: the package cache stays in the image; add && " + e.name() + " clean all");
        }
    }

    private static boolean cleans(Command e) {
        if (PackageCommands.removes(e, "/var/cache/yum", "/var/cache/dnf", "/var/cache/libdnf5")) return true;
        if (!Rpm.isYum(e) || !PackageCommands.subcommand(e, PackageCommands.RPM_VALUE_OPTS).equals("clean")) return false;
        for (Word w : PackageCommands.operandsAfterSubcommand(e, PackageCommands.RPM_VALUE_OPTS)) {
            if (w.value().equals("all")) return true;
        }
        return false;
    }
}
