package dev.opsmith.rules.dockerfile;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.core.SourceFile;
import dev.opsmith.format.dockerfile.Dockerfile;
import dev.opsmith.format.dockerfile.Instruction;
import dev.opsmith.rules.RuleContext;
import dev.opsmith.rules.secrets.CredentialShapes;

import java.util.List;
import java.util.regex.Matcher;

/**
 * Flags URLs that carry a password or token in their user part ({@code https://user:pass@host},
 * {@code https://$TOKEN@github.com}): the credential lands in the image, its history or the cloned repository's config.
 */
public final class CredentialsInUrl extends DockerfileRule {
    static final RuleMeta META = RuleMeta.builder("DF103", "URL carries embedded credentials")
            .severity(Severity.HIGH).category(Category.SECURITY).format(Format.DOCKERFILE)
            .description("Reports URLs in RUN, ENV, ARG, ADD and LABEL instructions (ONBUILD ones included) whose user "
                    + "part holds a credential: `scheme://user:password@host` with a non-empty password, or an "
                    + "http(s) URL whose only user part is a variable or a token, as in "
                    + "`git clone https://$GITHUB_TOKEN@github.com/org/repo`. A user name without a password "
                    + "(`ssh://git@host`, `git@github.com:org/repo`) is accepted, and so is a variable inside a RUN that "
                    + "mounts a build secret (`--mount=type=secret`), which is how a secret is meant to be consumed. "
                    + "Literal credentials are masked in every output.")
            .rationale("A URL is logged, cached and stored far more widely than a secret: in the image history for "
                    + "ARG and RUN, in the image configuration for ENV and LABEL, and in .git/config of a cloned "
                    + "repository. Anyone with the image or the build logs obtains the credential.")
            .remediation("Mount the credential as a build secret and let the tool read it: for git, "
                    + "`RUN --mount=type=secret,id=gh_token git -c \"http.extraHeader=Authorization: Bearer $(cat "
                    + "/run/secrets/gh_token)\" clone …` or `RUN --mount=type=ssh git clone git@github.com:org/repo`; "
                    + "for package indexes, a secret-mounted .netrc, pip.conf or .npmrc.")
            .reference("https://docs.docker.com/build/building/secrets/")
            .reference("https://cwe.mitre.org/data/definitions/522.html")
            .build();


    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(Dockerfile dockerfile, RuleContext context) {
        SourceFile source = context.source();
        for (Instruction top : dockerfile.instructions()) {
            Instruction i = top.inner() != null ? top.inner() : top;
            if (!i.is("RUN", "ENV", "ARG", "ADD", "LABEL")) continue;
            boolean secretMount = i.is("RUN") && RunCommands.mounts(i, "secret");
            String text = source.text(i.span());
            int base = source.offset(i.span().line(), i.span().column());
            Matcher m = CredentialShapes.URL_WITH_USERINFO.matcher(text);
            while (m.find()) {
                String host = m.group(3);
                String credential = SecretShapes.urlCredential(m.group(1), m.group(2));
                if (credential == null) continue;
                boolean variable = CredentialShapes.hasReference(credential);
                if (variable && secretMount) continue;
                String message = "URL for " + host + " embeds "
                        + (variable ? "a credential variable in its user part" : "a literal credential (redacted)")
                        + " in " + i.keyword() + "; read it from a secret mount instead";
                RuleContext.Report r = SecretShapes.report(context, source.span(base + m.start(), base + m.end()), message)
                        .property("host", host);
                if (SecretShapes.mustRedact(credential) && !SecretShapes.isPureReference(credential)) {
                    r.secret(credential).identity(CredentialShapes.masked(m.group(), List.of(credential)));
                }
            }
        }
    }
}
