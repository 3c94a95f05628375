package dev.opsmith.rules.dockerfile;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.dockerfile.Command;
import dev.opsmith.format.dockerfile.Dockerfile;
import dev.opsmith.rules.RuleContext;

/** An unversioned yum/dnf install takes whatever the repository offers at build time. */
public final class YumDnfPackageVersionNotPinned extends DockerfileRule {
    static final RuleMeta META = RuleMeta.builder("DF032", "yum/dnf package installed without a version")
            .severity(Severity.LOW).category(Category.RELIABILITY).format(Format.DOCKERFILE).optIn()
            .description("Flags each package of a `yum`/`dnf`/`dnf5`/`microdnf`/`tdnf` install given without a "
                    + "version. A spec counts as versioned when it ends in an rpm version or version-release: the part "
                    + "after the last dash starts with a digit and has a dot, or follows another digit-led part "
                    + "(`pkg-1.2`, `pkg-1.2-3.el9`, `pkg-1:1.2-3.el9.x86_64`, `pkg-2-1`); so `java-17-openjdk`, "
                    + "`openssl-3` and `gcc-toolset-12` count as unversioned names. Accepted: comparisons "
                    + "(`'pkg >= 1.2'`), `.rpm` files, paths and URLs, groups (`@core`, `groupinstall`), module streams "
                    + "(`nodejs:18`, `@nodejs:18`), capabilities (`perl(JSON)`), and names from unresolved variables.")
            .rationale("Pinned versions make rebuilds reproducible and tie the image to reviewed package versions. "
                    + "Opt-in because repositories may drop superseded builds, which breaks exact pins unless you "
                    + "mirror or snapshot the repository.")
            .remediation("Pin each package (`dnf install -y openssl-3.0.7-27.el9`) against a repository snapshot, or "
                    + "rely on a digest-pinned base image plus an update bot.")
            .reference("https://dnf.readthedocs.io/en/latest/command_ref.html#specifying-packages-label")
            .equivalent("hadolint", "DL3033", "DL3041")
            .build();

    private static final java.util.Set<String> GROUPS = java.util.Set.of("groupinstall", "group", "groups");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(Dockerfile dockerfile, RuleContext context) {
        for (PackageCommands.Operand o : PackageCommands.operandsAfter(dockerfile, Rpm::yumInstallIndex,
                PackageCommands.RPM_VALUE_OPTS)) {
            Command e = o.command();
            if (GROUPS.contains(PackageCommands.subcommand(e, PackageCommands.RPM_VALUE_OPTS))) continue;
            if (o.resolved().isEmpty() || Rpm.rpmPinned(o.resolved().get())) continue;
            String spec = o.resolved().get();
            context.report(o.word().span(), e.name() + " package " + spec + " has no version: pin it as "
                    + spec + "-<version>[-<release>]");
        }
    }
}
