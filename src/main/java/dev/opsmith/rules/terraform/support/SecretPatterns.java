package dev.opsmith.rules.terraform.support;

import dev.opsmith.rules.secrets.CredentialShapes;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a name announces a credential and whether a value written in the configuration is one, for the
 * Terraform rules that look for secrets in attributes (Lambda environments, Secrets Manager versions, SSM
 * parameters). The mechanics (well-known token formats, PEM keys, placeholders, paths) are those of
 * {@link CredentialShapes}, shared with the Dockerfile, Compose and Kubernetes rules; this class brings the
 * Terraform vocabulary: AWS name conventions ({@code DB_PASSWORD}, {@code api_key}) and the attribute suffixes that
 * only point at a secret ({@code _arn}, {@code _id}, {@code _name}, {@code _path}).
 *
 * <p>Only known strings are judged. A value that comes from a variable without a value, a data source or another
 * resource's result is unknown to the evaluator and therefore never "hard-coded"; a literal, a variable default and
 * a tfvars value are known and are.
 */
public final class SecretPatterns {

    /** Extra AWS key id prefixes beyond the access key ids ({@code AKIA}, {@code ASIA}) of the shared catalogue. */
    private static final CredentialShapes.Shape AWS_UNIQUE_IDS = new CredentialShapes.Shape("AWS key id",
            Pattern.compile("(?<![A-Z0-9])(?:AGPA|AIDA|AROA|ANPA|ANVA|AIPA)[0-9A-Z]{16}(?![A-Z0-9])"),
            "AGPA", "AIDA", "AROA", "ANPA", "ANVA", "AIPA");

    private static final Pattern SECRET_NAME = Pattern.compile("(?i)(password|passwd|secret|token|api[_-]?key"
            + "|private[_-]?key|access[_-]?key|client[_-]?secret|credential|auth(?!or))");

    /** Names that point at a secret or describe it, rather than hold it. */
    private static final Pattern POINTER_NAME = Pattern.compile("(?i)(.*[_.-](arn|id|name|path|length|version|url|uri"
            + "|endpoint|host|region|type|mode|method|scheme|provider|issuer|audience|enabled|file|ttl|timeout"
            + "|expiry|expiration|rotation))|token_ttl|password_reset_required|secret_id|secretsmanager_secret");

    private static final Set<String> PLACEHOLDER_WORDS = Set.of("changeme", "change_me", "change-me", "replaceme",
            "replace_me", "replace-me", "placeholder", "todo", "tbd", "redacted", "none", "null", "nil", "mock",
            "test", "dummy", "example", "initial", "password", "secret", "token", "true", "false", "enabled",
            "disabled", "unset", "empty", "default");

    private static final Pattern PLACEHOLDER_SHAPE = Pattern.compile("(?i)x+|\\*+|\\.+|-+|_+|0+|<[^>]*>"
            + "|\\$\\{[^}]*}|\\{\\{[^}]*}}|%[A-Za-z0-9_]+%"
            + "|.*(example|dummy|placeholder|your[_-]|change[_-]?me|replace[_-]?me|set[_-]?me|fill[_-]?in).*");

    private static final CredentialShapes SHAPES = new CredentialShapes(withAwsIds(), SECRET_NAME, POINTER_NAME,
            PLACEHOLDER_WORDS, PLACEHOLDER_SHAPE);

    private static final Pattern ARN = Pattern.compile("^arn:aws[a-z-]*:.*");
    private static final Pattern URL_WITHOUT_USER = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*://[^@\\s]*$");
    /** Shortest value taken for a credential on the strength of its name alone. */
    static final int MIN_LENGTH = 6;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private SecretPatterns() {
    }

    private static List<CredentialShapes.Shape> withAwsIds() {
        List<CredentialShapes.Shape> shapes = new ArrayList<>(CredentialShapes.WELL_KNOWN);
        shapes.add(AWS_UNIQUE_IDS);
        return List.copyOf(shapes);
    }

    /**
     * Whether a name (an environment variable, a JSON key, the last segment of a parameter name) announces a
     * credential: {@code DB_PASSWORD}, {@code stripe_api_key}, {@code AUTH_TOKEN}; not {@code DB_PASSWORD_ARN},
     * {@code secret_id}, {@code token_ttl} or {@code AUTHOR}.
     */
    public static boolean looksLikeSecretName(String name) {
        return name != null && SHAPES.isSensitiveName(name.strip());
    }

    /** Credentials of a well-known format in a text (AWS key ids, GitHub, Slack and Stripe tokens, JWTs, PEM keys). */
    public static List<CredentialShapes.Token> credentialTokens(String text) {
        return text == null ? List.of() : SHAPES.tokens(text);
    }

    /** True for values that only stand in for a secret: {@code changeme}, {@code <password>}, {@code xxxx}. */
    public static boolean isPlaceholder(String value) {
        return value == null || value.isBlank() || SHAPES.isPlaceholder(value);
    }

    /**
     * Whether a known value, stored where a secret belongs, is a real secret written out: at least
     * {@value #MIN_LENGTH} characters, not a placeholder, not a file path, not an ARN, not a URL without
     * credentials and without a shell reference.
     */
    public static boolean isHardcodedSecret(String value) {
        if (value == null) return false;
        String v = value.strip();
        if (v.length() < MIN_LENGTH) return false;
        if (ARN.matcher(v).matches() || URL_WITHOUT_USER.matcher(v).matches()) return false;
        return SHAPES.isLiteralSecret(v);
    }

    /**
     * The credential in a named value: the whole value when the name announces a secret and the value is a
     * hard-coded one ({@link #isHardcodedSecret}), else the first well-known credential inside it.
     */
    public static Optional<String> secretIn(String name, String value) {
        if (value == null) return Optional.empty();
        if (looksLikeSecretName(name) && isHardcodedSecret(value)) return Optional.of(value.strip());
        return credentialTokens(value).stream().map(CredentialShapes.Token::text).findFirst();
    }

    /**
     * The credential in the content of a secret ({@code secret_string}, a SecureString value). A JSON object is
     * judged member by member ({@code {"username": "app", "password": "…"}}): a member named like a secret with a
     * hard-coded value, or a well-known credential anywhere; an object with neither holds no secret. Any other
     * text is the secret itself, so it counts when it is {@link #isHardcodedSecret hard-coded}.
     */
    public static Optional<String> secretInContent(String text) {
        if (text == null) return Optional.empty();
        String t = text.strip();
        if (t.startsWith("{")) {
            try {
                JsonNode tree = JSON.readTree(t);
                if (tree != null && tree.isObject()) return secretInJson(null, tree);
            } catch (JacksonException notJson) {
                // not JSON after all: judged as plain text below
            }
        }
        if (isHardcodedSecret(t)) return Optional.of(t);
        return credentialTokens(t).stream().map(CredentialShapes.Token::text).findFirst();
    }

    private static Optional<String> secretInJson(String name, JsonNode node) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> member : node.properties()) {
                Optional<String> found = secretInJson(member.getKey(), member.getValue());
                if (found.isPresent()) return found;
            }
            return Optional.empty();
        }
        if (node.isArray()) {
            for (JsonNode item : node) {
                Optional<String> found = secretInJson(name, item);
                if (found.isPresent()) return found;
            }
            return Optional.empty();
        }
        if (!node.isString()) return Optional.empty();
        return name == null ? credentialTokens(node.asString()).stream().map(CredentialShapes.Token::text).findFirst()
                : secretIn(name, node.asString());
    }

    /** How a secret is shown in a message: its first two characters and its length, nothing more. */
    public static String redact(String secret) {
        String s = secret == null ? "" : secret;
        String head = s.length() > 2 ? s.substring(0, 2) : "";
        return "\"" + head + "…\" (" + s.length() + " characters)";
    }
}
