package dev.opsmith.rules.dockerfile;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.dockerfile.Command;
import dev.opsmith.format.dockerfile.Dockerfile;
import dev.opsmith.rules.RuleContext;

/** Two download tools mean two sets of TLS, proxy and retry behaviour to review, and often an extra package to install. */
public final class CurlAndWgetBoth extends DockerfileRule {
    static final RuleMeta META = RuleMeta.builder("DF093", "Both curl and wget used")
            .severity(Severity.INFO).category(Category.HYGIENE).format(Format.DOCKERFILE)
            .description("Flags a Dockerfile whose RUN instructions (any stage, ONBUILD and heredoc scripts included) "
                    + "run both `curl` and `wget`. Reported once, at the first use of whichever tool appears second. "
                    + "Accepted: only one of the two tools.")
            .rationale("Each tool has its own flags for TLS verification, redirects, retries and failure on HTTP errors. "
                    + "Using both doubles what reviewers must check for safe downloads and usually means installing an "
                    + "extra package that stays in the image.")
            .remediation("Pick one tool for the whole Dockerfile (curl with `-fsSL`, or wget with `-q`) and rewrite the "
                    + "other downloads with it.")
            .reference("https://docs.docker.com/build/building/best-practices/#add-or-copy")
            .equivalent("hadolint", "DL4001").equivalent("trivy", "DS014")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(Dockerfile df, RuleContext ctx) {
        Command curl = null;
        Command wget = null;
        for (RunCommands.Run run : RunCommands.of(df)) {
            for (Command c : run.commands()) {
                String n = c.effective().name();
                if (n.equals("curl") && curl == null) curl = c;
                if (n.equals("wget") && wget == null) wget = c;
                if (curl != null && wget != null) {
                    Command second = c;
                    Command first = second == curl ? wget : curl;
                    String secondName = second == curl ? "curl" : "wget";
                    String firstName = second == curl ? "wget" : "curl";
                    ctx.report(second.span(), secondName + " is used here although " + firstName + " is already used on line "
                            + first.span().line() + "; use one download tool throughout the Dockerfile")
                            .related(first.span(), "first use of " + firstName);
                    return;
                }
            }
        }
    }
}
