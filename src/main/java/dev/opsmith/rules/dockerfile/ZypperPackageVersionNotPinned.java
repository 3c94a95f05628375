package dev.opsmith.rules.dockerfile;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.dockerfile.Dockerfile;
import dev.opsmith.rules.RuleContext;

import java.util.Set;

/** An unversioned zypper install takes whatever the repository offers at build time. */
public final class ZypperPackageVersionNotPinned extends DockerfileRule {
    static final RuleMeta META = RuleMeta.builder("DF035", "zypper package installed without a version")
            .severity(Severity.LOW).category(Category.RELIABILITY).format(Format.DOCKERFILE).optIn()
            .description("Flags each package of `zypper install`/`in` given without a version. Accepted: "
                    + "`pkg=1.2`, `'pkg>=1.2'` and the other comparisons, rpm-style `pkg-1.2-3.1`, `.rpm` files and "
                    + "paths, `pattern:`/`patch:`/`product:` items and `-t pattern` selections, and names from "
                    + "unresolved variables.")
            .rationale("Pinned versions make rebuilds reproducible and tie the image to reviewed package versions. "
                    + "Opt-in because repositories drop superseded builds, which breaks exact pins unless the "
                    + "repository is mirrored or snapshotted.")
            .remediation("Pin each package: `zypper -n in 'curl=8.6.0' 'openssl-3>=3.1'`.")
            .reference("https://doc.opensuse.org/documentation/leap/reference/html/book-reference/cha-sw-cl.html")
            .equivalent("hadolint", "DL3037")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(Dockerfile dockerfile, RuleContext context) {
        for (PackageCommands.Operand o : PackageCommands.installOperands(dockerfile, Set.of("zypper"),
                Set.of("install", "in"), PackageCommands.ZYPPER_VALUE_OPTS)) {
            var type = o.command().flagValue("-t", "--type");
            if (type.isPresent() && !type.get().equals("package")) continue;
            if (o.resolved().isEmpty() || pinned(o.resolved().get())) continue;
            String spec = o.resolved().get();
            context.report(o.word().span(), "zypper package " + spec + " has no version: pin it as "
                    + spec + "=<version>");
        }
    }

    static boolean pinned(String spec) {
        String s = spec;
        if (s.startsWith("package:")) s = s.substring("package:".length());
        else if (s.indexOf(':') > 0 && !s.contains("=")) return true;
        return Rpm.rpmPinned(s);
    }
}
