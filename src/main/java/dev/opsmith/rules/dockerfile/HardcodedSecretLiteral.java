package dev.opsmith.rules.dockerfile;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.core.SourceFile;
import dev.opsmith.core.Span;
import dev.opsmith.format.dockerfile.Dockerfile;
import dev.opsmith.format.dockerfile.Instruction;
import dev.opsmith.rules.RuleContext;
import dev.opsmith.rules.secrets.CredentialShapes;

/**
 * Flags values that have the exact shape of a real credential (cloud keys, forge and chat tokens, private keys):
 * whatever the variable is called, such a literal in a Dockerfile is a leaked secret.
 */
public final class HardcodedSecretLiteral extends DockerfileRule {
    static final RuleMeta META = RuleMeta.builder("DF101", "Secret-format literal in the Dockerfile")
            .severity(Severity.CRITICAL).category(Category.SECURITY).format(Format.DOCKERFILE)
            .description("Searches the text of every instruction, heredoc bodies included, for literals in a "
                    + "well-known credential format: AWS access key ids (AKIA/ASIA followed by 16 characters), GitHub "
                    + "tokens (ghp_, gho_, ghu_, ghs_, ghr_, github_pat_), GitLab personal access tokens (glpat-), Slack "
                    + "tokens (xoxa-, xoxb-, xoxp-, xoxr-), Stripe live keys (sk_live_, rk_live_), Google API keys (AIza), "
                    + "PEM private key blocks and JSON web tokens. Variable references are not literals, and documented "
                    + "fakes such as AKIAIOSFODNN7EXAMPLE or values padded with xxxxxx are ignored. The value is masked in "
                    + "every output.")
            .rationale("A token committed to a Dockerfile is readable by everyone with access to the repository, its "
                    + "forks and CI logs, and usually also by everyone who can pull the image (in ENV, in the history, "
                    + "or in a layer). Such formats are live credentials; treat the finding as an incident: the secret "
                    + "has to be revoked, not just deleted from the file.")
            .remediation("Revoke and rotate the credential first. Then remove it from the Dockerfile (and from the "
                    + "repository history), keep it in a secret manager, and pass it to the build with "
                    + "`RUN --mount=type=secret,id=<name>` or to the container at run time.")
            .reference("https://docs.docker.com/build/building/secrets/")
            .reference("https://docs.github.com/en/code-security/secret-scanning/introduction/about-secret-scanning")
            .reference("https://cwe.mitre.org/data/definitions/798.html")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(Dockerfile dockerfile, RuleContext context) {
        SourceFile source = context.source();
        for (Instruction i : dockerfile.instructions()) {
            String text = source.text(i.span());
            int base = source.offset(i.span().line(), i.span().column());
            for (CredentialShapes.Token t : SecretShapes.tokens(text)) {
                String value = text.substring(t.start(), t.end());
                Span where = source.span(base + t.start(), base + t.end());
                String keyword = i.inner() != null ? "ONBUILD " + i.inner().keyword() : i.keyword();
                SecretShapes.report(context, where, "literal " + t.kind() + " (redacted) in " + keyword
                                + ": revoke it and pass it with RUN --mount=type=secret instead")
                        .property("kind", t.kind())
                        .secret(value)
                        .identity(keyword + " " + t.kind() + " " + fingerprintHint(value));
            }
        }
    }

    /** A non-reversible hint that keeps two different tokens of one kind apart in fingerprints. */
    private static String fingerprintHint(String value) {
        return Integer.toHexString(value.hashCode());
    }
}
