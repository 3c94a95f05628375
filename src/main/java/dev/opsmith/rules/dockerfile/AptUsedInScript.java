package dev.opsmith.rules.dockerfile;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.dockerfile.Command;
import dev.opsmith.format.dockerfile.Dockerfile;
import dev.opsmith.rules.RuleContext;

/** The {@code apt} front end is made for people at a terminal; scripts should call the stable {@code apt-get}. */
public final class AptUsedInScript extends DockerfileRule {
    static final RuleMeta META = RuleMeta.builder("DF024", "apt used instead of apt-get")
            .severity(Severity.LOW).category(Category.RELIABILITY).format(Format.DOCKERFILE)
            .description("Flags any RUN command that invokes `apt` (`apt install`, `apt update`, `apt upgrade`, "
                    + "`apt remove`, …). `apt-get`, `apt-cache` and `apt-mark` are fine; `apt-key` has its own rule "
                    + "(DF027).")
            .rationale("`apt` does not promise a stable command-line interface, prints \"WARNING: apt does not have "
                    + "a stable CLI interface\" when it is not attached to a terminal, and changes its output and "
                    + "defaults between releases. A build that depends on it can break on a base image update.")
            .remediation("Use `apt-get` (and `apt-cache` for queries): `apt-get install -y --no-install-recommends …`.")
            .reference("https://manpages.debian.org/stable/apt/apt.8.en.html")
            .equivalent("hadolint", "DL3027").equivalent("checkov", "CKV_DOCKER_9")
            .build();

    private static final java.util.Set<String> QUERIES = java.util.Set.of("search", "show", "showsrc", "policy",
            "depends", "rdepends");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(Dockerfile dockerfile, RuleContext context) {
        for (RunCommands.Run run : RunCommands.of(dockerfile)) {
            for (Command c : run.commands()) {
                Command e = PackageCommands.effective(c);
                if (!e.name().equals("apt")) continue;
                String sub = PackageCommands.subcommand(e, PackageCommands.APT_VALUE_OPTS);
                String shown = sub.isEmpty() ? "" : " " + sub;
                context.report(e.nameWord().orElseThrow().span(), "apt" + shown + " in a script: apt has no stable "
                        + "CLI for scripts; use " + (QUERIES.contains(sub) ? "apt-cache" : "apt-get") + shown + " instead");
            }
        }
    }
}
