package dev.opsmith.rules.dockerfile;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.dockerfile.Command;
import dev.opsmith.format.dockerfile.Dockerfile;
import dev.opsmith.rules.RuleContext;

import java.util.Locale;

/** yum and dnf ask for confirmation before installing; in a build nobody answers and the install is aborted. */
public final class YumDnfInstallWithoutYes extends DockerfileRule {
    static final RuleMeta META = RuleMeta.builder("DF030", "yum/dnf install without -y")
            .severity(Severity.MEDIUM).category(Category.RELIABILITY).format(Format.DOCKERFILE)
            .description("Flags `yum`, `dnf`, `dnf5` and `tdnf` with `install`, `groupinstall`, `localinstall`, "
                    + "`reinstall`, `group install` or `module install` when neither `-y`/`--assumeyes` nor "
                    + "`--setopt=assumeyes=1` is given. `microdnf` is accepted: it never prompts.")
            .rationale("Without assume-yes the transaction summary waits for an answer. A build has no terminal, "
                    + "so the prompt reads end-of-file, the transaction is cancelled and the build fails.")
            .remediation("Add `-y`: `dnf install -y --setopt=install_weak_deps=False <packages> && dnf clean all`.")
            .reference("https://dnf.readthedocs.io/en/latest/command_ref.html")
            .equivalent("hadolint", "DL3030")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(Dockerfile dockerfile, RuleContext context) {
        for (RunCommands.Run run : RunCommands.of(dockerfile)) {
            for (Command c : run.commands()) {
                Command e = PackageCommands.effective(c);
                if (e.name().equals("microdnf") || Rpm.yumInstallIndex(e) < 0) continue;
                if (e.hasFlag("-y", "--assumeyes") || assumeYesOption(e)) continue;
                String verb = e.args().get(Rpm.yumInstallIndex(e)).value();
                context.report(e.span(), e.name() + " " + verb + " without -y: the confirmation prompt gets no "
                        + "answer in a build and the install is cancelled; add -y");
            }
        }
    }

    private static boolean assumeYesOption(Command e) {
        for (var w : e.args()) {
            String v = w.value().toLowerCase(Locale.ROOT);
            if (v.startsWith("--setopt=assumeyes=") && PackageCommands.truthy(v.substring("--setopt=assumeyes=".length()))) {
                return true;
            }
        }
        var value = e.flagValue("--setopt");
        return value.isPresent() && value.get().toLowerCase(Locale.ROOT).startsWith("assumeyes=")
                && PackageCommands.truthy(value.get().substring("assumeyes=".length()));
    }
}
