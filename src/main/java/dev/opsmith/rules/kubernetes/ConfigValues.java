package dev.opsmith.rules.kubernetes;

import dev.opsmith.format.kubernetes.KubernetesObject;
import dev.opsmith.format.yaml.YamlEntry;
import dev.opsmith.rules.secrets.CredentialShapes;
import dev.opsmith.rules.secrets.CredentialShapes.Shape;
import dev.opsmith.rules.secrets.CredentialShapes.Token;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Values in manifests that may hold a credential, for the secrets family (K8S130, K8S132, K8S133): the manifest
 * vocabulary of {@link CredentialShapes}, base64 decoding, and credentials assigned inside embedded config files.
 */
final class ConfigValues {
    /**
     * The manifest vocabulary. Names: the plan's K8S130 pattern, with {@code pass} and {@code token} only as whole
     * words or word endings so that {@code COMPASS_HOST}, {@code PASSTHROUGH} and {@code TOKENIZER_MODEL} are not;
     * names ending in {@code file}, {@code path}, {@code name}, {@code ref} or {@code url} point at a credential.
     * Tokens: a narrower catalogue than the Dockerfile rules' (AWS, GitHub, Slack, JWT only).
     * Placeholders include references ({@code ${…}}, {@code $(…)}) and any template text ({@code {{}).
     */
    static final CredentialShapes CREDENTIALS = new CredentialShapes(List.of(
            new Shape("AWS access key id", Pattern.compile("(?<![A-Z0-9])(?:AKIA|ASIA)[0-9A-Z]{16}(?![A-Z0-9])"),
                    "AKIA", "ASIA"),
            new Shape("GitHub token", Pattern.compile("(?<![A-Za-z0-9_])gh[pousr]_[A-Za-z0-9]{36,}"),
                    "ghp_", "gho_", "ghu_", "ghs_", "ghr_"),
            new Shape("Slack token", Pattern.compile("(?<![A-Za-z0-9_])xox[a-z]-[A-Za-z0-9-]{10,}"), "xox"),
            new Shape("JSON web token",
                    Pattern.compile("eyJ[A-Za-z0-9_-]{8,}\\.eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}"), "eyJ")),
            Pattern.compile("(?i)(password|passwd|passphrase|secret|credential"
                    + "|(^|[_.-])pass($|[_.-])|(^|[_.-])tokens?($|[_.-])|[a-z]tokens?($|[_.-])"
                    + "|api[_-]?key|private[_-]?key|access[_-]?key)"),
            Pattern.compile("(?i).*[_.-](file|path|name|ref|url)$"),
            Set.of(),
            Pattern.compile("(?i)changeme|change[_-]me|changeit|redacted|placeholder|todo|tbd|none|null|nil|unset|empty"
                    + "|x+|\\*+|\\.+|-+|<[^>]*>|\\$\\{[^}]*}|\\$\\([^)]*\\)|\\{\\{.*}}"
                    + "|.*(example|dummy|placeholder|your[_-]).*|(?s:.*\\{\\{.*)"));

    /** A URL with {@code user:password@}; group 1 is the password. */
    private static final Pattern URL_PASSWORD = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*://[^\\s/?#@:'\"]+:([^\\s/?#@'\"]+)@");
    private static final Pattern NUMBER = Pattern.compile("[-+]?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?[a-zA-Z]{0,2}");
    private static final Pattern BOOLEAN = Pattern.compile("(?i)true|false|yes|no|on|off|y|n");
    private static final Pattern PLAIN_URL = Pattern.compile("(?i)[a-z][a-z0-9+.-]*://[^\\s@]*");

    /** {@code key = value} / {@code key: value} lines of properties, YAML, TOML and .env files. */
    private static final Pattern ASSIGNMENT = Pattern.compile(
            "(?m)^[ \\t]*(?:export[ \\t]+)?([A-Za-z0-9_.\\-]+)[ \\t]*[=:][ \\t]*[\"']?([^\\s\"'#]+)");

    /** A credential assigned inside a multi-line value: the key that announces it and the value. */
    record Assignment(String key, String value) {
    }

    private ConfigValues() {
    }

    /**
     * The first well-known credential in {@code text} (documented fakes excluded): a PEM private key (to the end of
     * the text when it has no END line), else the first token by catalogue order, else a URL password.
     */
    static Optional<Token> token(String text) {
        Optional<Token> key = CredentialShapes.privateKey(text, 0, false);
        if (key.isPresent()) return key;
        for (Shape shape : CREDENTIALS.tokenShapes()) {
            List<Token> found = shape.find(text);
            if (!found.isEmpty()) return Optional.of(found.get(0));
        }
        Matcher m = URL_PASSWORD.matcher(text);
        while (m.find()) {
            if (!CREDENTIALS.isPlaceholder(m.group(1))) {
                return Optional.of(new Token("URL with a password", m.start(1), m.end(1), m.group(1)));
            }
        }
        return Optional.empty();
    }

    /** True for values that are not credentials whatever their name: numbers, booleans, placeholders, references. */
    static boolean isNotASecret(String value) {
        String v = value.strip();
        return v.isEmpty() || NUMBER.matcher(v).matches() || BOOLEAN.matcher(v).matches() || CREDENTIALS.isPlaceholder(v);
    }

    /** True for a file path ({@code /etc/secrets/db}) or a URL without a user part. */
    static boolean isPathOrPlainUrl(String value) {
        return CredentialShapes.isPath(value) || PLAIN_URL.matcher(value.strip()).matches();
    }

    /** Judges one entry value; {@code raw} is the base64 text when the value was decoded, else null. */
    interface EntryJudge {
        void judge(YamlEntry entry, String value, String raw);
    }

    /**
     * Calls {@code judge} on every entry of the object's {@code plain} mapping ({@code data}, {@code stringData})
     * with its text, then on every entry of its {@code base64} mapping ({@code binaryData}, {@code data}) that
     * decodes, with the decoded value and the raw text.
     */
    static void forEachEntry(KubernetesObject object, String plain, String base64, EntryJudge judge) {
        for (YamlEntry e : object.root().get(plain).entries()) {
            e.value().text().ifPresent(v -> judge.judge(e, v, null));
        }
        for (YamlEntry e : object.root().get(base64).entries()) {
            String raw = e.value().text().orElse("");
            decode(raw).ifPresent(v -> judge.judge(e, v, raw));
        }
    }

    /** The base64 value of a {@code data}/{@code binaryData} entry, decoded; empty when it is not valid base64. */
    static Optional<String> decode(String base64) {
        String compact = base64.replaceAll("\\s+", "");
        if (compact.isEmpty()) return Optional.of("");
        try {
            return Optional.of(new String(Base64.getDecoder().decode(compact), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * The first literal credential assigned to a credential-like key inside an embedded file
     * ({@code spring.datasource.password=…}, {@code apiKey: …}); references, placeholders, numbers and paths are not.
     */
    static Optional<Assignment> assignedCredential(String text) {
        if (text.indexOf('\n') < 0) return Optional.empty();
        Matcher m = ASSIGNMENT.matcher(text);
        while (m.find()) {
            String key = m.group(1);
            String value = m.group(2);
            if (CREDENTIALS.isSensitiveName(key) && !isNotASecret(value)
                    && !isPathOrPlainUrl(value) && value.indexOf('$') < 0 && value.length() >= 4) {
                return Optional.of(new Assignment(key, value));
            }
        }
        return Optional.empty();
    }
}
