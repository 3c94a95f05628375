package dev.opsmith.rules.dockerfile;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.dockerfile.Dockerfile;
import dev.opsmith.rules.RuleContext;

import java.util.Set;

/** Without a version, an apt install gets whatever the mirror serves that day, so two builds can differ. */
public final class AptPackageVersionNotPinned extends DockerfileRule {
    static final RuleMeta META = RuleMeta.builder("DF022", "apt package installed without a version")
            .severity(Severity.LOW).category(Category.RELIABILITY).format(Format.DOCKERFILE).optIn()
            .description("Flags each package of `apt-get install` (and `apt install`) given without a version. "
                    + "Accepted: `pkg=1.2.3-1`, `pkg=1.2*`, a release pin `pkg/bookworm-backports`, local `.deb` files "
                    + "and other paths, and packages whose name comes from a variable that cannot be resolved. The "
                    + "value of `-t`/`--target-release` is not a package.")
            .rationale("Pinned versions make a rebuild produce the same software, which is what change control and "
                    + "audit trails assume. Opt-in because distribution mirrors drop superseded versions, so pins break "
                    + "rebuilds unless you also use a snapshot mirror (snapshot.debian.org, Ubuntu snapshots).")
            .remediation("Pin each package (`apt-get install -y curl=7.88.1-10+deb12u5`), ideally against a snapshot "
                    + "mirror, or rely on a digest-pinned base image plus an update bot instead.")
            .reference("https://manpages.debian.org/stable/apt/apt-get.8.en.html")
            .reference("https://snapshot.debian.org/")
            .equivalent("hadolint", "DL3008")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(Dockerfile dockerfile, RuleContext context) {
        for (PackageCommands.Operand o : PackageCommands.installOperands(dockerfile, Set.of("apt-get", "apt"),
                Set.of("install"), PackageCommands.APT_VALUE_OPTS)) {
            if (o.resolved().isEmpty() || pinned(o.resolved().get())) continue;
            String pkg = o.resolved().get();
            context.report(o.word().span(), "apt package " + pkg + " has no version: pin it as " + pkg + "=<version>");
        }
    }

    /** True for {@code pkg=ver}, {@code pkg/release}, paths and {@code .deb} files, and apt patterns. */
    static boolean pinned(String pkg) {
        return pkg.isEmpty() || pkg.contains("=") || pkg.contains("/") || pkg.endsWith(".deb")
                || pkg.startsWith("~") || pkg.startsWith("?") || pkg.endsWith("-");
    }
}
