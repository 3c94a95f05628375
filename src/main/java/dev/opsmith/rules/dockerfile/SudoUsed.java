package dev.opsmith.rules.dockerfile;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.dockerfile.Command;
import dev.opsmith.format.dockerfile.Dockerfile;
import dev.opsmith.format.dockerfile.Word;
import dev.opsmith.rules.RuleContext;

/** sudo in a build step means the image carries sudo, and usually a sudoers entry, into production. */
public final class SudoUsed extends DockerfileRule {
    static final RuleMeta META = RuleMeta.builder("DF053", "`sudo` used in a RUN")
            .severity(Severity.MEDIUM).category(Category.SECURITY).format(Format.DOCKERFILE)
            .description("Reports `sudo` run as a command in a RUN instruction (also ONBUILD RUN, heredoc scripts, "
                    + "after `&&` or `|`, inside `sh -c \"...\"` and in exec form), including behind wrappers such as "
                    + "`env X=1 sudo ...`. Installing the `sudo` package or mentioning the word inside a quoted "
                    + "string is not reported.")
            .rationale("Build steps already run as the stage's USER, and switching with `USER root` is explicit and "
                    + "visible in review. sudo needs a sudoers configuration that stays in the image, gives any "
                    + "compromised process in the container a path back to root, and its TTY and PAM behaviour makes "
                    + "builds unpredictable.")
            .remediation("Switch with `USER root` before the privileged steps and back to the unprivileged UID "
                    + "afterwards; drop sudo from the image.")
            .reference("https://docs.docker.com/build/building/best-practices/#user")
            .equivalent("hadolint", "DL3004").equivalent("checkov", "CKV2_DOCKER_1").equivalent("trivy", "DS010")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(Dockerfile dockerfile, RuleContext context) {
        for (RunCommands.Run run : RunCommands.of(dockerfile)) {
            for (Command c : run.commands()) {
                Word runs = c.effective().nameWord().orElse(null);
                for (Word w : c.words()) {
                    if (w == runs) break;
                    if (Command.isAssignment(w)) continue;
                    String v = w.value();
                    if (v.equals("sudo") || v.endsWith("/sudo")) {
                        context.report(w.span(), "sudo in a RUN ('" + c.text() + "'): switch with USER root for the "
                                + "privileged steps and back to a non-root USER instead");
                        break;
                    }
                }
            }
        }
    }
}
