package dev.opsmith.rules.kubernetes;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.kubernetes.KubernetesManifests;
import dev.opsmith.format.yaml.YamlNode;
import dev.opsmith.rules.RuleContext;
import dev.opsmith.rules.secrets.CredentialShapes;

import java.util.Optional;

/** Credentials written straight into a container's {@code env}, where every reader of the manifest sees them. */
public final class SecretLiteralInEnv extends KubernetesRule {
    static final RuleMeta META = RuleMeta.builder("K8S130", "Secret-looking value hard-coded in an env var")
            .severity(Severity.HIGH).category(Category.SECURITY).format(Format.KUBERNETES)
            .description("Flags the `value` of an `env` item of any container (init and ephemeral included) when the "
                    + "variable's name announces a credential (it contains password, passwd, pass, secret, token, "
                    + "api key, private key, credential or access key) and does not end in `_FILE`, `_PATH`, `_NAME`, "
                    + "`_REF` or `_URL`, and the value is not empty, a number, a boolean, a `$(VAR)` reference or a "
                    + "placeholder (`changeme`, `<password>`, `${…}`, `{{ … }}`). Whatever the name, a value with the shape of "
                    + "a well-known credential (AWS key id, GitHub or Slack token, JWT, PEM private key, a URL with "
                    + "`user:password@`) is flagged too, so `DATABASE_URL` with an embedded password is caught. The value is "
                    + "redacted in every output; messages give only its length.")
            .rationale("A literal in a manifest is stored in Git, in every clone and fork, in CI logs and in the "
                    + "object itself, where anyone with read access to the workload (not only to Secrets) can see it "
                    + "through `kubectl get -o yaml`. It cannot be rotated without a code change, and on a regulated "
                    + "platform it fails the requirement that credentials be held in a managed secret store.")
            .remediation("Rotate the credential, move it to a Secret (delivered by External Secrets, Sealed Secrets "
                    + "or SOPS rather than committed in clear) and reference it with `valueFrom.secretKeyRef`, or "
                    + "better, mount it as a file.")
            .reference("https://kubernetes.io/docs/concepts/configuration/secret/#using-secrets-as-environment-variables")
            .reference("https://kubernetes.io/docs/concepts/security/secrets-good-practices/")
            .reference("https://cwe.mitre.org/data/definitions/798.html")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(KubernetesManifests manifests, RuleContext context) {
        EnvVars.forEach(manifests, env -> {
            YamlNode valueNode = env.value();
            String value = valueNode.text().orElse("");
            if (!valueNode.isScalar() || value.isBlank() || value.contains("{{")) return;
            String name = env.name();
            Optional<CredentialShapes.Token> token = ConfigValues.token(value);
            String what;
            if (token.isPresent()) {
                what = "a literal " + token.get().kind();
            } else if (ConfigValues.CREDENTIALS.isSensitiveName(name) && !ConfigValues.isNotASecret(value)) {
                what = "a literal value";
            } else {
                return;
            }
            RuleContext.Report r = report(context, env.object(), valueNode.span(), "env " + name + " of "
                    + env.container().display() + " in " + env.object().display() + " holds " + what + " "
                    + CredentialShapes.describe(value) + "; move it to a Secret and use valueFrom.secretKeyRef")
                    .property("variable", name)
                    .identity(env.object().identity() + " " + env.container().display() + " env " + name);
            SecretRedaction.mark(context, r, valueNode, token.map(CredentialShapes.Token::text).orElse(null));
        });
    }
}
