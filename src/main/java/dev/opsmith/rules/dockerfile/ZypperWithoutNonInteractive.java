package dev.opsmith.rules.dockerfile;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.dockerfile.Command;
import dev.opsmith.format.dockerfile.Dockerfile;
import dev.opsmith.rules.RuleContext;

import java.util.Set;

/** zypper asks before changing the system; a build cannot answer, so it must run non-interactively. */
public final class ZypperWithoutNonInteractive extends DockerfileRule {
    static final RuleMeta META = RuleMeta.builder("DF033", "zypper install without non-interactive switch")
            .severity(Severity.MEDIUM).category(Category.RELIABILITY).format(Format.DOCKERFILE)
            .description("Flags `zypper install`/`in`, `remove`/`rm`, `source-install`/`si`, `patch`, `update`/`up` "
                    + "and `dist-upgrade`/`dup` without the global `-n`/`--non-interactive` switch or the command's "
                    + "`-y`/`--no-confirm`.")
            .rationale("Without a non-interactive switch zypper waits for a confirmation that never comes in a "
                    + "build; depending on the version it aborts or hangs until the CI job times out.")
            .remediation("Use the global switch: `zypper --non-interactive install --no-recommends <packages>` (or "
                    + "`zypper -n in …`).")
            .reference("https://doc.opensuse.org/documentation/leap/reference/html/book-reference/cha-sw-cl.html")
            .equivalent("hadolint", "DL3034")
            .build();

    private static final Set<String> CHANGING = Set.of("install", "in", "remove", "rm", "source-install", "si",
            "patch", "update", "up", "dist-upgrade", "dup");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(Dockerfile dockerfile, RuleContext context) {
        for (RunCommands.Run run : RunCommands.of(dockerfile)) {
            for (Command c : run.commands()) {
                Command e = PackageCommands.effective(c);
                String sub = Rpm.zypperSubcommand(e);
                if (!CHANGING.contains(sub)) continue;
                if (e.hasFlag("-n", "--non-interactive", "-y", "--no-confirm")) continue;
                context.report(e.span(), "zypper " + sub + " without --non-interactive: zypper waits for a "
                        + "confirmation the build cannot give; use zypper -n " + sub);
            }
        }
    }
}
