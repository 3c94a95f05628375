package dev.opsmith.rules.dockerfile;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.dockerfile.Command;
import dev.opsmith.format.dockerfile.Dockerfile;
import dev.opsmith.rules.RuleContext;

import java.util.Set;

/** A key added with apt-key is trusted for every repository, so one third-party key can sign Debian's own packages. */
public final class AptKeyUsed extends DockerfileRule {
    static final RuleMeta META = RuleMeta.builder("DF027", "Deprecated apt-key trusts a key for every repository")
            .severity(Severity.MEDIUM).category(Category.SECURITY).format(Format.DOCKERFILE)
            .description("Flags `apt-key add` (including `curl … | apt-key add -`), `apt-key adv` (e.g. "
                    + "`--recv-keys`) and `apt-key update`/`net-update`. Accepted: a key stored with "
                    + "`gpg --dearmor -o /etc/apt/keyrings/<name>.gpg` and referenced with `signed-by=` in the source "
                    + "entry.")
            .rationale("apt-key puts keys into the global trusted keyring, where each key may sign any repository. A "
                    + "compromised or sold vendor key could then replace core distribution packages. apt-key is "
                    + "deprecated and removed from Debian 13 and Ubuntu 24.04 onwards, so the build also stops working "
                    + "on current bases.")
            .remediation("Download the key to `/etc/apt/keyrings/vendor.gpg` (`gpg --dearmor`) and scope it to its "
                    + "repository: `deb [signed-by=/etc/apt/keyrings/vendor.gpg] https://… stable main`.")
            .reference("https://manpages.debian.org/stable/apt/apt-key.8.en.html")
            .reference("https://wiki.debian.org/DebianRepository/UseThirdParty")
            .build();

    private static final Set<String> TRUSTING = Set.of("add", "adv", "update", "net-update");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(Dockerfile dockerfile, RuleContext context) {
        for (RunCommands.Run run : RunCommands.of(dockerfile)) {
            for (Command c : run.commands()) {
                Command e = PackageCommands.effective(c);
                if (!e.name().equals("apt-key")) continue;
                String sub = PackageCommands.subcommand(e, Set.of("--keyring"));
                if (!TRUSTING.contains(sub)) continue;
                context.report(e.span(), "apt-key " + sub + " trusts the key for every repository and is removed "
                        + "from current Debian/Ubuntu; store it in /etc/apt/keyrings and use signed-by=");
            }
        }
    }
}
