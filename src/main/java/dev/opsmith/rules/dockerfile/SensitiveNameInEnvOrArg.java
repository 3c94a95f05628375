package dev.opsmith.rules.dockerfile;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.dockerfile.Dockerfile;
import dev.opsmith.format.dockerfile.Instruction;
import dev.opsmith.format.dockerfile.KeyValue;
import dev.opsmith.rules.RuleContext;
import dev.opsmith.rules.secrets.CredentialShapes;

import java.util.List;

/**
 * Flags ENV and ARG variables whose name says they hold a credential: both end up readable in the image
 * (ENV in its config, ARG values in its build history), whatever value the Dockerfile gives them.
 */
public final class SensitiveNameInEnvOrArg extends DockerfileRule {
    static final RuleMeta META = RuleMeta.builder("DF100", "ENV/ARG name indicates a credential")
            .severity(Severity.HIGH).category(Category.SECURITY).format(Format.DOCKERFILE)
            .description("Reports ENV and ARG declarations (ONBUILD ones included) whose name announces a credential: "
                    + "names containing PASSWORD, PASSWD, SECRET, TOKEN (as a word: TOKENIZERS_PARALLELISM is not one), "
                    + "API_KEY or PRIVATE_KEY, or ending in _PWD or _PSW, such as AWS_SECRET_ACCESS_KEY, GITHUB_TOKEN, "
                    + "NPM_TOKEN or HF_TOKEN. The finding is raised whether the value is a literal, a variable or absent. "
                    + "Names that only point at or describe a credential are accepted: those ending in _FILE, _PATH, "
                    + "_DIR, _URL_FILE, _ENABLED, _LENGTH, _USERNAME or _ID. Literal values are masked in every output.")
            .rationale("An ENV value is stored in the image configuration and shown by `docker inspect` to anyone who "
                    + "can pull the image; an ARG value passed with --build-arg is recorded in the image history. Either "
                    + "way the credential leaves the build and travels with every copy of the image, outside the "
                    + "control of the secret store and its rotation and access logs that auditors expect.")
            .remediation("Pass credentials to the build with `RUN --mount=type=secret,id=<name>` (read from "
                    + "/run/secrets/<name> or exposed as an environment variable with `env=`), and give them to the "
                    + "running container at deploy time from a secret manager. Point applications at files with a "
                    + "*_FILE variable when they support it.")
            .reference("https://docs.docker.com/build/building/secrets/")
            .reference("https://docs.docker.com/reference/dockerfile/#run---mounttypesecret")
            .reference("https://cwe.mitre.org/data/definitions/798.html")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(Dockerfile dockerfile, RuleContext context) {
        for (Instruction i : RunCommands.unwrapped(dockerfile)) {
            if (!i.is("ENV", "ARG")) continue;
            for (KeyValue kv : i.pairs()) {
                if (!SecretShapes.sensitiveName(kv.key())) continue;
                report(i, kv, context);
            }
        }
    }

    private static void report(Instruction i, KeyValue kv, RuleContext context) {
        String value = kv.value();
        String how = "";
        if (value == null || value.isEmpty()) {
            how = i.is("ARG") ? " is declared as a build argument: a value given with --build-arg is recorded in the image history"
                    : " is set empty in the image environment";
        } else if (SecretShapes.isLiteralSecret(value)) {
            how = " sets a literal secret (redacted): it is stored in the image";
        } else if (CredentialShapes.hasReference(value)) {
            how = " copies a credential from a variable into the image" + (i.is("ARG") ? " history" : " environment");
        } else {
            how = " holds a credential value (redacted) that is stored in the image";
        }
        String message = i.keyword() + " " + kv.key() + how + "; use RUN --mount=type=secret instead";
        RuleContext.Report r = SecretShapes.report(context, kv.keySpan(), message).property("name", kv.key());
        if (SecretShapes.mustRedact(value)) {
            String raw = context.source().text(kv.valueSpan());
            r.secret(raw).secret(value).identity(i.keyword() + " " + kv.key());
        }
    }
}
