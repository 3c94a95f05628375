package dev.opsmith.rules.dockerfile;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.dockerfile.Command;
import dev.opsmith.format.dockerfile.Dockerfile;
import dev.opsmith.rules.RuleContext;

import java.util.Locale;

/** apt installs recommended packages by default, which bloats the image with software nobody asked for. */
public final class AptGetInstallWithRecommends extends DockerfileRule {
    static final RuleMeta META = RuleMeta.builder("DF021", "apt-get install pulls in recommended packages")
            .severity(Severity.LOW).category(Category.HYGIENE).format(Format.DOCKERFILE)
            .description("Flags `apt-get install` (and `apt install`) without `--no-install-recommends` and without "
                    + "`-o APT::Install-Recommends=false`. Accepted: either switch, or an earlier RUN of the stage that "
                    + "writes `APT::Install-Recommends \"false\"` into the apt configuration.")
            .rationale("Recommended packages are optional extras (documentation tools, X libraries, mail agents). "
                    + "They enlarge the image, lengthen the vulnerability report and widen the attack surface, and the "
                    + "set changes with each distribution update, so the image drifts between builds.")
            .remediation("Install with `apt-get install -y --no-install-recommends <packages>` and list any "
                    + "recommended package you really need explicitly.")
            .reference("https://manpages.debian.org/stable/apt/apt-get.8.en.html")
            .equivalent("hadolint", "DL3015")
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
                Boolean option = recommendsOption(e);
                if (e.hasFlag("--no-install-recommends") || Boolean.FALSE.equals(option) || option == null
                        && Apt.configuredEarlier(dockerfile, run, "APT::Install-Recommends", false)) {
                    continue;
                }
                context.report(e.span(), e.name() + " install without --no-install-recommends: recommended extras "
                        + "are installed too; add --no-install-recommends");
            }
        }
    }

    /** The value of {@code -o APT::Install-Recommends=…} when given (last one wins), else null. */
    private static Boolean recommendsOption(Command e) {
        Boolean value = null;
        for (String option : Apt.options(e)) {
            String o = option.toLowerCase(Locale.ROOT);
            if (!o.startsWith("apt::install-recommends=")) continue;
            String v = o.substring(o.indexOf('=') + 1);
            if (Apt.isFalse(v)) value = false;
            else if (Apt.isTrue(v)) value = true;
        }
        return value;
    }
}
