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

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Credentials kept in a ConfigMap, which Kubernetes protects like any other configuration. */
public final class CredentialInConfigMap extends KubernetesRule {
    static final RuleMeta META = RuleMeta.builder("K8S132", "ConfigMap contains a credential")
            .severity(Severity.HIGH).category(Category.SECURITY).format(Format.KUBERNETES)
            .description("Flags a `data` or `binaryData` (decoded) entry of a ConfigMap whose value contains a "
                    + "well-known credential (PEM private key, AWS `AKIA`/`ASIA` key id, GitHub `gh[pousr]_` token, "
                    + "Slack `xox?-` token, JWT, URL with `user:password@`), or whose key announces a credential "
                    + "(the K8S130 name pattern) with a value that is not a number, boolean, placeholder, path or "
                    + "plain URL, or whose embedded configuration file assigns a literal to such a key "
                    + "(`spring.datasource.password=…`). Values with template syntax (`{{`) are not judged. The "
                    + "finding points at the key; the value is redacted in every output.")
            .rationale("ConfigMaps are not treated as sensitive: RBAC roles such as `view` read them, they are not "
                    + "encrypted at rest by the usual Secret encryption configuration, and they are printed in "
                    + "diffs, dashboards and support bundles. A credential there is exposed to far more people and "
                    + "systems than the audit scope of a regulated platform allows.")
            .remediation("Rotate the credential and move it to a Secret (delivered by External Secrets, Sealed "
                    + "Secrets or SOPS), mounted as a file; keep only non-sensitive settings in the ConfigMap.")
            .reference("https://kubernetes.io/docs/concepts/configuration/configmap/")
            .reference("https://kubernetes.io/docs/concepts/security/secrets-good-practices/")
            .reference("https://cwe.mitre.org/data/definitions/312.html")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    protected void check(KubernetesManifests manifests, RuleContext context) {
        for (KubernetesObject o : manifests.objects()) {
            if (!o.kind().equals("ConfigMap") || !o.apiVersion().equals("v1")) continue;
            ConfigValues.forEachEntry(o, "data", "binaryData", (e, v, raw) -> judge(context, o, e, v, raw));
        }
    }

    /** @param raw the base64 text for {@code binaryData}, else null */
    private static void judge(RuleContext context, KubernetesObject o, YamlEntry e, String value, String raw) {
        if (value.isBlank() || value.contains("{{")) return;
        String key = e.key().value();
        List<String> secrets = new ArrayList<>();
        String what;
        Optional<CredentialShapes.Token> token = ConfigValues.token(value);
        Optional<ConfigValues.Assignment> assigned = ConfigValues.assignedCredential(value);
        if (token.isPresent()) {
            what = "a " + token.get().kind();
            secrets.add(token.get().text());
        } else if (ConfigValues.CREDENTIALS.isSensitiveName(key) && !ConfigValues.isNotASecret(value)
                && !ConfigValues.isPathOrPlainUrl(value)) {
            what = "a credential-named value " + CredentialShapes.describe(value.strip());
            secrets.add(value);
        } else if (assigned.isPresent()) {
            what = "a literal " + assigned.get().key() + " " + CredentialShapes.describe(assigned.get().value());
            secrets.add(assigned.get().value());
        } else {
            return;
        }
        if (raw != null) secrets.add(raw);
        RuleContext.Report r = report(context, o, e.key().span(), "key " + key + " of " + o.display() + " holds "
                + what + "; move it to a Secret").property("key", key);
        if (raw != null || value.indexOf('\n') < 0) {
            SecretRedaction.mark(context, r, e.value(), secrets.toArray(String[]::new));
        } else {
            // an embedded file: mask the credential, not every line of the file
            SecretRedaction.values(r, secrets.toArray(String[]::new));
        }
    }
}
