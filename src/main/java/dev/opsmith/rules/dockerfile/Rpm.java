package dev.opsmith.rules.dockerfile;

import dev.opsmith.format.dockerfile.Command;
import dev.opsmith.format.dockerfile.Word;

import java.util.List;
import java.util.Set;

/** yum/dnf/microdnf and zypper command lines: which subcommands install and which packages they name. */
final class Rpm {
    /** yum/dnf subcommands that install or upgrade packages (with {@code group}/{@code module} taking a second word). */
    static final Set<String> YUM_INSTALLS = Set.of("install", "groupinstall", "localinstall", "reinstall", "in");
    static final Set<String> YUM_CHANGES = Set.of("install", "groupinstall", "localinstall", "reinstall", "in",
            "update", "upgrade", "up", "downgrade", "distro-sync", "builddep", "swap", "group", "module");
    static final Set<String> ZYPPER_INSTALLS = Set.of("install", "in", "source-install", "si");
    static final Set<String> ZYPPER_CHANGES = Set.of("install", "in", "source-install", "si", "update", "up",
            "dist-upgrade", "dup", "patch", "install-new-recommends", "inr");

    private Rpm() {
    }

    static boolean isYum(Command e) {
        return PackageCommands.RPM.contains(e.name());
    }

    /**
     * For yum/dnf: the index in args() of the install verb ({@code install}, or {@code install} after
     * {@code group}/{@code module}), when the command installs; -1 otherwise.
     */
    static int yumInstallIndex(Command e) {
        if (!isYum(e)) return -1;
        int sub = PackageCommands.subcommandIndex(e, PackageCommands.RPM_VALUE_OPTS);
        if (sub < 0) return -1;
        String s = e.args().get(sub).value();
        if (YUM_INSTALLS.contains(s)) return sub;
        if (s.equals("group") || s.equals("module") || s.equals("groups")) {
            List<Word> next = PackageCommands.operands(e, sub, PackageCommands.RPM_VALUE_OPTS);
            if (!next.isEmpty() && next.get(0).value().equals("install")) return e.args().indexOf(next.get(0));
        }
        return -1;
    }

    /** For yum/dnf: the subcommand when it changes installed packages (install, upgrade, …); "" otherwise. */
    static String yumChange(Command e) {
        if (!isYum(e)) return "";
        String s = PackageCommands.subcommand(e, PackageCommands.RPM_VALUE_OPTS);
        return YUM_CHANGES.contains(s) ? s : "";
    }

    /** For zypper: the subcommand (global options skipped). */
    static String zypperSubcommand(Command e) {
        return e.name().equals("zypper") ? PackageCommands.subcommand(e, PackageCommands.ZYPPER_VALUE_OPTS) : "";
    }

    /**
     * True when an RPM package spec carries a version: {@code name-1.2}, {@code name-1.2-3.el9},
     * {@code name-1:1.2-3.el9.x86_64} (the part after the last dash starts with a digit and either has a dot or
     * follows another digit-led part, as rpm's version-release does; so {@code java-17-openjdk}, {@code openssl-3} and
     * {@code gcc-toolset-12} stay names), a comparison ({@code name >= 1.2}), a {@code .rpm} file or path, a module stream
     * ({@code nodejs:18}, {@code @nodejs:18}) or a group ({@code @core}), or a file/capability ({@code /usr/bin/x}, {@code perl(X)}).
     */
    static boolean rpmPinned(String spec) {
        if (spec.isEmpty() || spec.endsWith(".rpm") || spec.indexOf('/') >= 0 || spec.startsWith("@")
                || spec.indexOf('(') >= 0 || spec.indexOf(':') >= 0 || spec.indexOf('=') >= 0 || spec.indexOf('<') >= 0 || spec.indexOf('>') >= 0) {
            return true;
        }
        int dash = spec.lastIndexOf('-');
        if (dash <= 0 || dash == spec.length() - 1) return false;
        String last = spec.substring(dash + 1);
        if (!Character.isDigit(last.charAt(0))) return false;
        if (last.indexOf('.') >= 0) return true;
        int before = spec.lastIndexOf('-', dash - 1);
        return before >= 0 && dash - before > 1 && Character.isDigit(spec.charAt(before + 1));
    }
}
