package dev.opsmith.rules.dockerfile;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.dockerfile.Command;
import dev.opsmith.format.dockerfile.Dockerfile;
import dev.opsmith.format.dockerfile.Word;
import dev.opsmith.rules.RuleContext;

import java.util.List;
import java.util.Locale;

/** An apt install that waits for a confirmation nobody can give stops the build; it must be told to assume yes. */
public final class AptGetInstallWithoutYes extends DockerfileRule {
    static final RuleMeta META = RuleMeta.builder("DF020", "apt-get install without assume-yes")
            .severity(Severity.MEDIUM).category(Category.RELIABILITY).format(Format.DOCKERFILE)
            .description("Flags `apt-get install` (and `apt install`) in a RUN without any of `-y`, `--yes`, "
                    + "`--assume-yes`, `-qq`, `-q=2` or `-o APT::Get::Assume-Yes=true`, unless an earlier RUN of the "
                    + "stage wrote `APT::Get::Assume-Yes \"true\"` into the apt configuration. "
                    + "`DEBIAN_FRONTEND=noninteractive` alone does not count: it silences debconf questions, not "
                    + "apt's own confirmation prompt.")
            .rationale("Without assume-yes apt asks whether to continue as soon as the install pulls in extra "
                    + "packages. A build has no terminal, so the answer defaults to no and the build fails, often only "
                    + "when a dependency changes upstream, which makes the failure look random.")
            .remediation("Add `-y` (or `--yes`): `apt-get install -y --no-install-recommends <packages>`.")
            .reference("https://manpages.debian.org/stable/apt/apt-get.8.en.html")
            .equivalent("hadolint", "DL3014").equivalent("trivy", "DS021")
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
                if (!e.name().equals("apt-get") && !e.name().equals("apt")) continue;
                if (!PackageCommands.subcommand(e, PackageCommands.APT_VALUE_OPTS).equals("install")) continue;
                if (assumesYes(e) || Apt.configuredEarlier(dockerfile, run, "APT::Get::Assume-Yes", true)) continue;
                context.report(e.span(), e.name() + " install without -y: the build has no terminal to answer "
                        + "apt's confirmation prompt and fails; add -y");
            }
        }
    }

    private static boolean assumesYes(Command e) {
        if (e.hasFlag("-y", "--yes", "--assume-yes")) return true;
        int q = 0;
        for (Word w : e.args()) {
            String v = w.value();
            if (v.equals("-q=2") || v.equals("--quiet=2")) return true;
            if (v.startsWith("-") && !v.startsWith("--") && v.indexOf('=') < 0) {
                q += (int) v.chars().filter(ch -> ch == 'q').count();
            }
        }
        if (q >= 2) return true;
        for (String option : Apt.options(e)) {
            String o = option.toLowerCase(Locale.ROOT);
            if (o.startsWith("apt::get::assume-yes=") && Apt.isTrue(o.substring(o.indexOf('=') + 1))) return true;
        }
        return false;
    }
}
