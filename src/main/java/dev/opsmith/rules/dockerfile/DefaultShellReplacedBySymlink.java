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
import java.util.Set;

/**
 * Re-pointing {@code /bin/sh} changes the shell of every script and package hook in the image, not just the build;
 * SHELL changes only the Dockerfile's own RUN steps.
 */
public final class DefaultShellReplacedBySymlink extends DockerfileRule {
    private static final Set<String> SYSTEM_SH = Set.of("/bin/sh", "/usr/bin/sh");
    private static final Set<String> PIPEFAIL_SHELLS = Set.of("bash", "ash", "zsh", "ksh");

    static final RuleMeta META = RuleMeta.builder("DF091", "/bin/sh replaced via symlink instead of SHELL")
            .severity(Severity.LOW).category(Category.RELIABILITY).format(Format.DOCKERFILE)
            .description("Flags an `ln` in a RUN whose link name is `/bin/sh` or `/usr/bin/sh` (`ln -sf /bin/bash "
                    + "/bin/sh`, `ln -s bash /bin/sh`). Accepted: `SHELL [\"/bin/bash\", \"-c\"]`, and `ln` commands that "
                    + "only point other names at `/bin/sh`.")
            .rationale("Replacing `/bin/sh` changes the interpreter of every `#!/bin/sh` script, init hook and package "
                    + "maintainer script in the image, at build time and at run time, and a later package upgrade of dash "
                    + "or BusyBox can silently restore the original. The SHELL instruction changes only the Dockerfile's "
                    + "own RUN steps, visibly.")
            .remediation("Remove the `ln` and add `SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]` before the RUN "
                    + "steps that need bash.")
            .reference("https://docs.docker.com/reference/dockerfile/#shell")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(Dockerfile df, RuleContext ctx) {
        for (RunCommands.Run run : RunCommands.of(df)) {
            for (Command c : run.commands()) {
                Command e = c.effective();
                if (!e.name().equals("ln")) continue;
                List<Word> operands = e.positionals("-S", "--suffix", "-t", "--target-directory");
                if (operands.size() < 2) continue;
                Word link = operands.get(operands.size() - 1);
                String target = link.value().replaceAll("/+$", "");
                if (SYSTEM_SH.contains(target)) {
                    String source = operands.get(0).value();
                    String options = PIPEFAIL_SHELLS.contains(Shells.basename(source)) ? "\"-o\", \"pipefail\", " : "";
                    ctx.report(c.span(), "ln replaces " + target + " with " + source + ", changing the shell of every "
                            + "script in the image; use SHELL [\"" + source + "\", " + options + "\"-c\"] for the RUN steps instead");
                }
            }
        }
    }
}
