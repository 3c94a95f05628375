package dev.opsmith.rules.dockerfile;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.dockerfile.Command;
import dev.opsmith.format.dockerfile.Dockerfile;
import dev.opsmith.format.dockerfile.Word;
import dev.opsmith.rules.RuleContext;

import java.util.Set;

/**
 * A distribution upgrade inside a build may move the image to other package sets (even another release) than the
 * base image tag says; the right fix is a newer base image.
 */
public final class DistributionUpgradeInBuild extends DockerfileRule {
    static final RuleMeta META = RuleMeta.builder("DF026", "Distribution upgrade run during the build")
            .severity(Severity.LOW).category(Category.RELIABILITY).format(Format.DOCKERFILE)
            .description("Flags `apt-get dist-upgrade`, `apt dist-upgrade`/`full-upgrade`, `aptitude "
                    + "dist-upgrade`/`full-upgrade`, `zypper dist-upgrade`/`dup` and `dnf system-upgrade`. Plain "
                    + "upgrades (`apt-get upgrade`, `apk upgrade`, `dnf upgrade`) are accepted: they are the usual way "
                    + "to pick up security fixes between base image releases.")
            .rationale("A distribution upgrade may remove packages, install new ones and, with changed sources, "
                    + "switch to another release. The image no longer matches its base image tag, its contents depend on "
                    + "the day of the build, and scanners and auditors who trust the tag are misled.")
            .remediation("Move to a newer base image tag (or digest) instead; keep `apt-get upgrade -y` if you need "
                    + "security updates between base image releases.")
            .reference("https://docs.docker.com/build/building/best-practices/#apt-get")
            .equivalent("hadolint", "DL3035").equivalent("trivy", "DS024")
            .build();

    private static final Set<String> APT_DIST = Set.of("dist-upgrade", "full-upgrade");
    private static final Set<String> ZYPPER_DIST = Set.of("dist-upgrade", "dup");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(Dockerfile dockerfile, RuleContext context) {
        for (RunCommands.Run run : RunCommands.of(dockerfile)) {
            for (Command c : run.commands()) {
                Command e = PackageCommands.effective(c);
                String n = e.name();
                int sub;
                if (PackageCommands.APT.contains(n)) {
                    sub = PackageCommands.subcommandIndex(e, PackageCommands.APT_VALUE_OPTS);
                    if (sub < 0 || !APT_DIST.contains(e.args().get(sub).value())) continue;
                } else if (n.equals("zypper")) {
                    sub = PackageCommands.subcommandIndex(e, PackageCommands.ZYPPER_VALUE_OPTS);
                    if (sub < 0 || !ZYPPER_DIST.contains(e.args().get(sub).value())) continue;
                } else if (n.equals("dnf") || n.equals("dnf5")) {
                    sub = PackageCommands.subcommandIndex(e, PackageCommands.RPM_VALUE_OPTS);
                    if (sub < 0 || !e.args().get(sub).value().equals("system-upgrade")) continue;
                } else {
                    continue;
                }
                Word w = e.args().get(sub);
                context.report(w.span(), n + " " + w.value() + " upgrades the whole distribution during the build; "
                        + "use a newer base image instead (a plain upgrade is fine)");
            }
        }
    }
}
