package dev.opsmith.rules.dockerfile;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.dockerfile.Command;
import dev.opsmith.format.dockerfile.Dockerfile;
import dev.opsmith.rules.RuleContext;

/** wget's default progress output in a non-interactive build writes thousands of lines into the build log. */
public final class WgetWithoutProgress extends DockerfileRule {
    static final RuleMeta META = RuleMeta.builder("DF094", "wget without --progress floods build logs")
            .severity(Severity.INFO).category(Category.HYGIENE).format(Format.DOCKERFILE)
            .description("Flags `wget` in a RUN without `--progress=…`, `-q`/`--quiet`, `-nv`/`--no-verbose`, or a log "
                    + "file (`-o`/`--output-file`, `-a`/`--append-output`). Accepted: any of those.")
            .rationale("Build logs are kept as evidence in regulated pipelines. wget's default dot progress output for a "
                    + "large download adds thousands of lines, hides the lines that matter and can exceed CI log limits.")
            .remediation("Use `wget -q`, `wget -nv`, or `wget --progress=dot:giga`.")
            .reference("https://www.gnu.org/software/wget/manual/wget.html#Download-Options")
            .equivalent("hadolint", "DL3047")
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
                if (!e.name().equals("wget")) continue;
                if (e.hasFlag("--progress", "-q", "--quiet", "-nv", "--no-verbose", "-o", "--output-file", "-a",
                        "--append-output")) {
                    continue;
                }
                ctx.report(e.nameWord().orElseThrow().span(), "wget without --progress, -q or -nv writes a progress line "
                        + "per chunk into the build log; add -q, -nv or --progress=dot:giga");
            }
        }
    }
}
