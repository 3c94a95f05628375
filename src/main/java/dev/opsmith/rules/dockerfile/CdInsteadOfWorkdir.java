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

/** cd only lasts for one RUN; the next instruction silently runs somewhere else. */
public final class CdInsteadOfWorkdir extends DockerfileRule {
    static final RuleMeta META = RuleMeta.builder("DF061", "`cd` used in RUN to change directory")
            .severity(Severity.LOW).category(Category.HYGIENE).format(Format.DOCKERFILE)
            .description("Reports `cd <dir>` in a RUN (also ONBUILD RUN, heredoc scripts, `sh -c` and subshells "
                    + "such as `(cd x && make)`).")
            .rationale("A directory change inside RUN ends with that RUN, so later instructions and readers easily "
                    + "assume a directory the build is not in. WORKDIR states the directory once, applies to RUN, "
                    + "COPY, CMD and ENTRYPOINT alike, and creates it if missing.")
            .remediation("Set the directory with `WORKDIR /path` before the RUN, or pass it to the tool "
                    + "(`make -C dir`, `npm --prefix dir`, `git -C dir`).")
            .reference("https://docs.docker.com/build/building/best-practices/#workdir")
            .equivalent("hadolint", "DL3003").equivalent("trivy", "DS013")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(Dockerfile dockerfile, RuleContext context) {
        for (RunCommands.Run run : RunCommands.of(dockerfile)) {
            for (Command c : run.commands()) {
                Command e = c.effective();
                List<Word> dirs = e.positionals();
                if (!e.name().equals("cd") || dirs.isEmpty()) continue;
                context.report(e.span(), "cd " + dirs.get(0).value() + " in RUN only lasts for this instruction: "
                        + "use WORKDIR " + dirs.get(0).value() + " (or the tool's own directory option)");
            }
        }
    }
}
