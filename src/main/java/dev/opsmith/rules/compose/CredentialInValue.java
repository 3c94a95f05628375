package dev.opsmith.rules.compose;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.compose.ComposeProject;
import dev.opsmith.format.compose.ComposeService;
import dev.opsmith.rules.RuleContext;
import dev.opsmith.rules.compose.ComposeCredentials.Found;
import dev.opsmith.rules.compose.ComposeCredentials.Written;
import dev.opsmith.rules.secrets.CredentialShapes;

import java.util.ArrayList;
import java.util.List;

/** A credential recognisable by its shape is a leak whatever the variable or label is called. */
public final class CredentialInValue extends ComposeRule {
    static final RuleMeta META = RuleMeta.builder("CMP051", "Credential pattern in a service value")
            .severity(Severity.HIGH).category(Category.SECURITY).format(Format.COMPOSE)
            .description("Reports a value in `environment`, `build.args`, `labels`, `command`, `entrypoint` or "
                    + "`healthcheck.test` that contains, as written, a PEM private key, an AWS access key id "
                    + "(`AKIA…`, `ASIA…`), a GitHub token (`ghp_…`, `gho_…`, `ghu_…`, `ghs_…`, `ghr_…`), a Slack token "
                    + "(`xoxb-…`), a JSON web token, or a URL with a literal password (`postgres://app:secret@db/app`), "
                    + "whatever the name it is written under. URLs whose password is a variable "
                    + "(`postgres://app:${DB_PW}@db/app`) or that have no password are accepted, documented dummy "
                    + "tokens are ignored, and entries CMP050 reports are left to it. The credential is redacted in "
                    + "every output; messages give only its length.")
            .rationale("Connection strings and tokens are the credentials most often committed by accident, under "
                    + "names such as `DATABASE_URL` or in a health-check command that no name-based check looks at. "
                    + "Once in Git they are in every clone and CI log, and must be rotated.")
            .remediation("Rotate the credential and take it out of the file: build the URL from a variable "
                    + "(`postgres://app:${DB_PASSWORD}@postgres/app`) or give the service the credential through a "
                    + "`secrets:` grant it reads from `/run/secrets/`.")
            .reference("https://docs.docker.com/compose/how-tos/use-secrets/")
            .reference("https://cwe.mitre.org/data/definitions/798.html")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(ComposeProject project, RuleContext context) {
        for (ComposeService service : project.services()) {
            List<Written> values = new ArrayList<>();
            for (Written w : ComposeCredentials.environment(service)) {
                if (ComposeCredentials.namedSecret(w).isEmpty()) values.add(w);
            }
            for (Written w : ComposeCredentials.buildArgs(service)) {
                if (ComposeCredentials.namedSecret(w).isEmpty()) values.add(w);
            }
            values.addAll(ComposeCredentials.labels(service));
            values.addAll(ComposeCredentials.commands(service));
            for (Written w : values) {
                List<Found> found = ComposeCredentials.credentialsIn(w.written());
                if (found.isEmpty()) continue;
                String named = w.where().equals(w.name()) ? w.where() : w.where() + " " + w.name();
                Found first = found.get(0);
                String article = "AEIOU".indexOf(first.kind().charAt(0)) >= 0 ? "an " : "a ";
                report(context, service, w.node(), named + " of service \"" + service.name() + "\" contains "
                        + article + first.kind() + " " + CredentialShapes.describe(first.text())
                        + "; rotate it and pass it through a secrets: grant or a ${VARIABLE} reference")
                        .ifPresent(r -> {
                            List<String> texts = new ArrayList<>();
                            for (Found f : found) {
                                ComposeCredentials.redact(context, r, w, f.text(), false);
                                texts.add(f.text());
                            }
                            r.identity("service/" + service.name() + " " + named + " "
                                    + CredentialShapes.masked(w.written(), texts)).property("kind", first.kind());
                        });
            }
        }
    }
}
