package dev.opsmith.rules.kubernetes;

import dev.opsmith.core.Category;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.format.kubernetes.KubernetesManifests;
import dev.opsmith.format.kubernetes.KubernetesObject;
import dev.opsmith.format.yaml.YamlEntry;
import dev.opsmith.rules.RuleContext;
import dev.opsmith.rules.secrets.CredentialShapes;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Secret manifests that commit a real credential in clear (stringData) or merely base64-encoded (data). */
public final class CredentialInSecretManifest extends KubernetesRule {
    private static final Set<String> PUBLIC_KEYS = Set.of("tls.crt", "ca.crt");
    /** Keys that hold a credential in a Secret beyond the K8S130 names: {@code key}, {@code tls.key}, {@code auth}. */
    private static final Pattern CREDENTIAL_KEY = Pattern.compile("(?i)(^|.*[_.-])(key|auth|pwd|psk|dsn)$");
    /** A registry password in a {@code .dockerconfigjson}: {@code "auth"} or {@code "password"} with a value. */
    private static final Pattern REGISTRY_AUTH = Pattern.compile("\"(?:auth|password|identitytoken)\"\\s*:\\s*\"([^\"]+)\"");

    static final RuleMeta META = RuleMeta.builder("K8S133", "Secret manifest commits a real credential")
            .severity(Severity.HIGH).category(Category.SECURITY).format(Format.KUBERNETES)
            .description("Flags a key of a Secret's `stringData`, or of its `data` after base64 decoding, whose value "
                    + "contains a well-known credential (the K8S132 patterns: PEM private key, AWS key id, GitHub or "
                    + "Slack token, JWT, URL with `user:password@`), a registry password in a `.dockerconfigjson`, or "
                    + "a value of at least 20 characters with the character spread of random output under a "
                    + "credential-like key (password, token, secret, key, auth, …). Not flagged: empty values, "
                    + "placeholders, template output (`{{`), `tls.crt` and `ca.crt`, and Secrets of type "
                    + "`kubernetes.io/service-account-token` (filled in by the cluster). The finding points at the "
                    + "key; the value (raw and decoded) is redacted in every output.")
            .rationale("base64 in `data` is an encoding, not encryption: anyone who can read the repository, its "
                    + "forks, CI caches or a rendered chart can decode the credential. Committed credentials are "
                    + "rarely rotated and outlive the people who knew about them; regulators treat them as a "
                    + "key-management failure.")
            .remediation("Rotate the credential. Commit an encrypted or indirect form instead: a SealedSecret, an "
                    + "ExternalSecret pointing at the secret manager, or a SOPS-encrypted file decrypted at deploy "
                    + "time.")
            .reference("https://kubernetes.io/docs/concepts/security/secrets-good-practices/")
            .reference("https://external-secrets.io/latest/")
            .reference("https://github.com/bitnami-labs/sealed-secrets")
            .reference("https://cwe.mitre.org/data/definitions/798.html")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(KubernetesManifests manifests, RuleContext context) {
        for (KubernetesObject o : manifests.objects()) {
            if (!o.kind().equals("Secret") || !o.apiVersion().equals("v1")) continue;
            if (o.root().get("type").text().orElse("").equals("kubernetes.io/service-account-token")) continue;
            ConfigValues.forEachEntry(o, "stringData", "data", (e, v, raw) -> judge(context, o, e, v, raw));
        }
    }

    /** @param raw the base64 text of a {@code data} entry, else null */
    private static void judge(RuleContext context, KubernetesObject o, YamlEntry e, String value, String raw) {
        String key = e.key().value();
        if (PUBLIC_KEYS.contains(key) || value.isBlank() || value.contains("{{")) {
            return;
        }
        Optional<CredentialShapes.Token> token = ConfigValues.token(value);
        String found = null;
        String what;
        if (token.isPresent()) {
            what = "a " + token.get().kind();
            found = token.get().text();
        } else if ((found = registryPassword(value)) != null) {
            what = "a registry credential";
        } else if ((ConfigValues.CREDENTIALS.isSensitiveName(key) || CREDENTIAL_KEY.matcher(key).matches())
                && !ConfigValues.CREDENTIALS.isPlaceholder(value) && CredentialShapes.highEntropy(value)) {
            what = "a random-looking credential " + CredentialShapes.describe(value.strip());
        } else {
            return;
        }
        RuleContext.Report r = report(context, o, e.key().span(), "key " + key + " of " + o.display()
                + (raw != null ? " (base64 data)" : " (stringData)") + " holds " + what
                + "; commit a SealedSecret, ExternalSecret or SOPS-encrypted file instead").property("key", key);
        SecretRedaction.mark(context, r, e.value(), value, found, raw);
    }

    private static String registryPassword(String value) {
        Matcher m = REGISTRY_AUTH.matcher(value);
        while (m.find()) {
            if (!ConfigValues.CREDENTIALS.isPlaceholder(m.group(1))) return m.group(1);
        }
        return null;
    }
}
