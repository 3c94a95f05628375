package dev.opsmith.rules.dockerfile;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.dockerfile.Command;
import dev.opsmith.format.dockerfile.Dockerfile;
import dev.opsmith.rules.RuleContext;

import java.util.Set;

/**
 * A layer that only refreshes the package index is cached on its own; later installs then read an index that may be
 * months old and fail or install stale versions.
 */
public final class PackageIndexUpdateWithoutInstall extends DockerfileRule {
    static final RuleMeta META = RuleMeta.builder("DF025", "Package index refreshed in a RUN that installs nothing")
            .severity(Severity.MEDIUM).category(Category.RELIABILITY).format(Format.DOCKERFILE)
            .description("Flags an index refresh (`apt-get update`, `apt update`, `apk update`, `yum`/`dnf`/`microdnf "
                    + "makecache`, `zypper refresh`/`ref`) that is not followed, in the same RUN, by an install or "
                    + "upgrade with the same package manager. Accepted: update and install chained in one RUN, "
                    + "`apk add --update`/`--update-cache`.")
            .rationale("Docker caches each RUN by its text. A RUN that only updates the index is reused for as long "
                    + "as its line does not change, so the install in the next RUN works from an index frozen at the "
                    + "first build: packages that left the mirror fail to download, and security updates are missed.")
            .remediation("Refresh and install in the same RUN: `RUN apt-get update && apt-get install -y …`, "
                    + "`RUN apk add --no-cache …` (no separate update needed).")
            .reference("https://docs.docker.com/build/building/best-practices/#apt-get")
            .equivalent("trivy", "DS017").equivalent("checkov", "CKV_DOCKER_5")
            .build();

    private enum Manager { APT, APK, RPM, ZYPPER }

    private static final Set<String> APT_INSTALLS = Set.of("install", "upgrade", "dist-upgrade", "full-upgrade",
            "build-dep", "reinstall", "satisfy", "safe-upgrade");
    private static final Set<String> APK_INSTALLS = Set.of("add", "upgrade", "fix");
    private static final Set<String> RPM_INSTALLS = Set.of("install", "groupinstall", "localinstall", "reinstall",
            "update", "upgrade", "downgrade", "distro-sync", "group", "module", "builddep", "in", "up");
    private static final Set<String> ZYPPER_INSTALLS = Set.of("install", "in", "update", "up", "dist-upgrade", "dup",
            "patch", "source-install", "si", "install-new-recommends", "inr");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(Dockerfile dockerfile, RuleContext context) {
        for (RunCommands.Run run : RunCommands.of(dockerfile)) {
            for (Command c : run.commands()) {
                Command e = PackageCommands.effective(c);
                Manager m = manager(e);
                if (m == null || !isUpdate(m, e)) continue;
                if (PackageCommands.later(run, c, next -> manager(next) == m && isInstall(m, next))) continue;
                context.report(e.span(), e.text() + " with no install after it in the same RUN: the cached index "
                        + "layer goes stale; refresh and install in one RUN");
            }
        }
    }

    private static Manager manager(Command e) {
        String n = e.name();
        if (PackageCommands.APT.contains(n)) return Manager.APT;
        if (n.equals("apk")) return Manager.APK;
        if (PackageCommands.RPM.contains(n)) return Manager.RPM;
        if (n.equals("zypper")) return Manager.ZYPPER;
        return null;
    }

    private static String sub(Manager m, Command e) {
        return PackageCommands.subcommand(e, switch (m) {
            case APT -> PackageCommands.APT_VALUE_OPTS;
            case APK -> PackageCommands.APK_VALUE_OPTS;
            case RPM -> PackageCommands.RPM_VALUE_OPTS;
            case ZYPPER -> PackageCommands.ZYPPER_VALUE_OPTS;
        });
    }

    private static boolean isUpdate(Manager m, Command e) {
        String s = sub(m, e);
        return switch (m) {
            case APT, APK -> s.equals("update");
            case RPM -> s.equals("makecache");
            case ZYPPER -> s.equals("refresh") || s.equals("ref");
        };
    }

    private static boolean isInstall(Manager m, Command e) {
        String s = sub(m, e);
        return switch (m) {
            case APT -> APT_INSTALLS.contains(s);
            case APK -> APK_INSTALLS.contains(s);
            case RPM -> RPM_INSTALLS.contains(s);
            case ZYPPER -> ZYPPER_INSTALLS.contains(s);
        };
    }
}
