package dev.opsmith.rules.compose;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.compose.ComposeProject;
import dev.opsmith.format.compose.ComposeService;
import dev.opsmith.rules.RuleContext;
import dev.opsmith.rules.compose.ComposeCredentials.Written;
import dev.opsmith.rules.secrets.CredentialShapes;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A password written into the Compose file is in every clone, fork and CI log of the repository. */
public final class SecretLiteralInEnvironment extends ComposeRule {
    static final RuleMeta META = RuleMeta.builder("CMP050",
                    "Secret-looking value hard-coded in environment or build args")
            .severity(Severity.HIGH).category(Category.SECURITY).format(Format.COMPOSE)
            .description("Reports an `environment` entry or `build.args` entry (mapping or `KEY=value` list, merged "
                    + "by name across the project's files) whose name announces a credential (it contains password, "
                    + "passwd, passphrase, secret, credential, api key, private key, access key, or pass or token as "
                    + "a word) and does not end in `_FILE`, `_PATH`, `_NAME`, `_REF` or `_URL` (a `_URL` whose URL "
                    + "holds `user:password@` is reported), when its value as written is a literal: not a variable "
                    + "(`${DB_PASSWORD}`, `${DB_PASSWORD:?required}`), not empty or passed through (`- KEY`), and not "
                    + "a number, a boolean, a file path or a placeholder (`changeme`, `<password>`). The literal "
                    + "default of `${DB_PASSWORD:-s3cret}` counts. Values are judged as written, never with `.env` "
                    + "values, and the value is redacted in every output: messages give only its length. "
                    + "`env_file` contents are not read.")
            .rationale("A literal in a Compose file is stored in Git, in every clone and fork and in CI logs, and "
                    + "cannot be rotated without a commit. Build args are worse: they are recorded in the image's "
                    + "history, where anyone who can pull the image reads them.")
            .remediation("Rotate the credential. Pass it with a `secrets:` grant and a `*_FILE` variable "
                    + "(`POSTGRES_PASSWORD_FILE: /run/secrets/db_password`), or reference a variable kept out of the "
                    + "repository (`${DB_PASSWORD:?set DB_PASSWORD}`); give builds `build.secrets` instead of args.")
            .reference("https://docs.docker.com/compose/how-tos/use-secrets/")
            .reference("https://docs.docker.com/reference/compose-file/build/#secrets")
            .reference("https://cwe.mitre.org/data/definitions/798.html")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(ComposeProject project, RuleContext context) {
        for (ComposeService service : project.services()) {
            List<Written> values = new ArrayList<>(ComposeCredentials.environment(service));
            values.addAll(ComposeCredentials.buildArgs(service));
            for (Written w : values) {
                Optional<String> secret = ComposeCredentials.namedSecret(w);
                if (secret.isEmpty()) continue;
                String fix = w.where().equals("build arg")
                        ? "use build.secrets, since build args stay in the image history"
                        : "use a secrets: grant with " + w.name() + "_FILE, or a ${" + w.name() + "} reference";
                report(context, service, w.node(), w.where() + " " + w.name() + " of service \"" + service.name()
                        + "\" holds a literal value " + CredentialShapes.describe(secret.get()) + "; " + fix)
                        .ifPresent(r -> ComposeCredentials.redact(context, r, w, secret.get(), true)
                                .identity("service/" + service.name() + " " + w.where() + " " + w.name())
                                .property("variable", w.name()));
            }
        }
    }
}
