package dev.opsmith.rules.dockerfile;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.dockerfile.Dockerfile;
import dev.opsmith.rules.RuleContext;

import java.util.Set;

/** An unversioned {@code apk add} installs whatever the Alpine mirror holds on build day. */
public final class ApkPackageVersionNotPinned extends DockerfileRule {
    static final RuleMeta META = RuleMeta.builder("DF029", "apk package installed without a version")
            .severity(Severity.LOW).category(Category.RELIABILITY).format(Format.DOCKERFILE).optIn()
            .description("Flags each package of `apk add` given without a version constraint. Accepted: "
                    + "`pkg=1.2.3-r0`, `pkg~1.2` / `pkg~=1.2`, `pkg>=1.2`, `pkg<2`, local `.apk` files and other paths, "
                    + "the name given to `--virtual`/`-t`, and names from unresolved variables.")
            .rationale("Pinned versions make rebuilds reproducible and tie the image to reviewed package versions. "
                    + "Opt-in because Alpine mirrors keep only the latest build of each branch, so an exact pin breaks "
                    + "once a fix is published; a fuzzy pin (`~1.2`) is often the practical compromise.")
            .remediation("Pin each package, e.g. `apk add --no-cache curl~8.5 ca-certificates=20240226-r0`, and let "
                    + "an update bot raise the pins.")
            .reference("https://wiki.alpinelinux.org/wiki/Alpine_Package_Keeper")
            .equivalent("hadolint", "DL3018")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(Dockerfile dockerfile, RuleContext context) {
        for (PackageCommands.Operand o : PackageCommands.installOperands(dockerfile, Set.of("apk"), Set.of("add"),
                PackageCommands.APK_VALUE_OPTS)) {
            if (o.resolved().isEmpty() || pinned(o.resolved().get())) continue;
            String pkg = o.resolved().get();
            context.report(o.word().span(), "apk package " + pkg + " has no version: pin it as " + pkg
                    + "=<version> or " + pkg + "~<major.minor>");
        }
    }

    static boolean pinned(String pkg) {
        return pkg.isEmpty() || pkg.indexOf('=') >= 0 || pkg.indexOf('~') >= 0 || pkg.indexOf('<') >= 0
                || pkg.indexOf('>') >= 0 || pkg.indexOf('/') >= 0 || pkg.endsWith(".apk");
    }
}
