package dev.opsmith.rules.dockerfile;

import dev.opsmith.core.Category;
import dev.opsmith.core.ExternalFinding;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.dockerfile.Dockerfile;
import dev.opsmith.rules.RuleContext;

/**
 * Turns what ShellCheck found in the RUN scripts (run by the scanner's analysis stage) into findings, one per
 * ShellCheck comment, at the exact place in the Dockerfile.
 */
public final class ShellCheckFinding extends DockerfileRule {
    static final RuleMeta META = RuleMeta.builder("DF900", "ShellCheck finding in a RUN script")
            .severity(Severity.LOW).category(Category.RELIABILITY).format(Format.DOCKERFILE)
            .description("Reports each problem ShellCheck finds in the shell scripts of the Dockerfile: every shell-form "
                    + "RUN (also under ONBUILD) and every heredoc body a shell runs. A script is checked for the shell "
                    + "that runs it: the stage's SHELL (sh when there is none; SHELL bash gives bash), or the heredoc's "
                    + "#! line, or the shell that reads it (RUN bash <<EOF). Names declared with ARG and ENV in scope, "
                    + "the predefined proxy build arguments and secret mounts with env= count as set, so using them is "
                    + "not reported as unassigned. Exec-form RUN and scripts for other shells (PowerShell, cmd, zsh) "
                    + "are not checked. The ShellCheck code is in the message and in the finding's property code "
                    + "(e.g. SC2086); ShellCheck's own level (error, warning, info, style) is in the property level. "
                    + "Not reported: SC1090/SC1091 (sourcing a file that is only in the image), SC2148 (missing "
                    + "shebang: the shell is known) and SC2187 (ash is checked as sh). Runs only when a shellcheck "
                    + "executable is found (--shellcheck auto, the default) or required (--shellcheck required); its "
                    + "version is recorded in every report. All findings have this rule's severity, low; raise it "
                    + "with rules.severity.DF900 in .opsmith.yaml, and waive one code with "
                    + "# hadolint ignore=SC2086 before the instruction.")
            .rationale("A RUN script fails or misbehaves the way any shell script does: an unquoted variable splits "
                    + "a path, [[ ]] is missing from /bin/sh on Debian and Alpine, a failed cd lets the next command "
                    + "run in the wrong folder. In a Dockerfile such a slip either breaks the build late or, worse, "
                    + "builds an image that differs from what the reviewer read, which undermines the build as "
                    + "evidence of what was shipped.")
            .remediation("Fix the script as ShellCheck suggests (its wiki page for the code explains the case), or "
                    + "declare the shell you rely on with SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]. "
                    + "Long scripts read better as a heredoc (RUN <<EOF) or a COPY'd script file, and stay checked.")
            .reference("https://github.com/koalaman/shellcheck/wiki/Checks")
            .reference("https://docs.docker.com/reference/dockerfile/#run")
            .equivalent("hadolint", "SC*")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(Dockerfile dockerfile, RuleContext context) {
        for (ExternalFinding f : context.external("shellcheck")) {
            context.report(f.span(), f.code() + ": " + f.message())
                    .property("code", f.code())
                    .property("level", f.level())
                    .identity(f.code() + " " + context.source().text(f.span()));
        }
    }
}
