package dev.opsmith.rules.kubernetes;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a credential looks like in a manifest, for the secrets family (K8S130, K8S132, K8S133): names that announce
 * one, and the obvious token formats. Deliberately small: the Dockerfile side's {@code SecretShapes} has the full
 * catalogue and is meant to move to a shared place, after which this class delegates to it or goes away.
 */
final class CredentialShapes {
    /**
     * Names that announce a credential (the plan's K8S130 pattern), with {@code pass} and {@code token} only as whole
     * words or word endings so that {@code COMPASS_HOST}, {@code PASSTHROUGH} and {@code TOKENIZER_MODEL} are not.
     */
    private static final Pattern SENSITIVE_NAME = Pattern.compile("(?i)(password|passwd|passphrase|secret|credential"
            + "|(^|[_.-])pass($|[_.-])|(^|[_.-])tokens?($|[_.-])|[a-z]tokens?($|[_.-])"
            + "|api[_-]?key|private[_-]?key|access[_-]?key)");
    /** Suffixes of names that point at a credential or describe it rather than hold it. */
    private static final Pattern POINTER_SUFFIX = Pattern.compile("(?i).*[_.-](file|path|name|ref|url)$");

    private static final Pattern AWS_KEY_ID = Pattern.compile("(?<![A-Z0-9])(?:AKIA|ASIA)[0-9A-Z]{16}(?![A-Z0-9])");
    private static final Pattern GITHUB = Pattern.compile("(?<![A-Za-z0-9_])gh[pousr]_[A-Za-z0-9]{36,}");
    private static final Pattern SLACK = Pattern.compile("(?<![A-Za-z0-9_])xox[a-z]-[A-Za-z0-9-]{10,}");
    private static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_-]{8,}\\.eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}");
    private static final Pattern PEM_KEY = Pattern.compile("-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----");
    private static final Pattern PEM_END = Pattern.compile("-----END (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----");
    /** A URL with {@code user:password@}; group 1 is the password. */
    private static final Pattern URL_PASSWORD = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*://[^\\s/?#@:'\"]+:([^\\s/?#@'\"]+)@");
    /** Documented fakes and filler inside a token. */
    private static final Pattern DUMMY = Pattern.compile("(?i)example|dummy|fake|sample|x{6,}|0{10,}|1234567890");

    private static final Pattern NUMBER = Pattern.compile("[-+]?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?[a-zA-Z]{0,2}");
    private static final Pattern BOOLEAN = Pattern.compile("(?i)true|false|yes|no|on|off|y|n");
    private static final Pattern PLACEHOLDER = Pattern.compile(
            "(?i)changeme|change[_-]me|changeit|redacted|placeholder|todo|tbd|none|null|nil|unset|empty|x+|\\*+|\\.+|-+"
                    + "|<[^>]*>|\\$\\{[^}]*}|\\$\\([^)]*\\)|\\{\\{.*}}|.*(example|dummy|placeholder|your[_-]).*");
    private static final Pattern PLAIN_URL = Pattern.compile("(?i)[a-z][a-z0-9+.-]*://[^\\s@]*");

    private CredentialShapes() {
    }

    /** True when a name announces a credential and does not merely point at one ({@code DB_PASSWORD_FILE}). */
    static boolean sensitiveName(String name) {
        return SENSITIVE_NAME.matcher(name).find() && !POINTER_SUFFIX.matcher(name).matches();
    }

    /** A credential found in a text: what it is and its exact text (to redact). */
    record Token(String kind, String text) {
    }

    /** The first well-known credential in {@code text} (documented fakes excluded), if any. */
    static Optional<Token> token(String text) {
        Matcher pem = PEM_KEY.matcher(text);
        if (pem.find()) {
            Matcher end = PEM_END.matcher(text);
            int stop = end.find(pem.end()) ? end.end() : text.length();
            return Optional.of(new Token("private key", text.substring(pem.start(), stop)));
        }
        for (Map.Entry<String, Pattern> shape : shapes().entrySet()) {
            Matcher m = shape.getValue().matcher(text);
            while (m.find()) {
                if (!DUMMY.matcher(m.group()).find()) return Optional.of(new Token(shape.getKey(), m.group()));
            }
        }
        return urlPassword(text).map(p -> new Token("URL with a password", p));
    }

    private static Map<String, Pattern> shapes() {
        Map<String, Pattern> out = new java.util.LinkedHashMap<>();
        out.put("AWS access key id", AWS_KEY_ID);
        out.put("GitHub token", GITHUB);
        out.put("Slack token", SLACK);
        out.put("JSON web token", JWT);
        return out;
    }

    /** The password of the first {@code scheme://user:password@} in {@code text} that is a literal. */
    static Optional<String> urlPassword(String text) {
        Matcher m = URL_PASSWORD.matcher(text);
        while (m.find()) {
            if (!isPlaceholder(m.group(1))) return Optional.of(m.group(1));
        }
        return Optional.empty();
    }

    /** True for values that are not credentials whatever their name: numbers, booleans, placeholders, references. */
    static boolean isNotASecret(String value) {
        String v = value.strip();
        return v.isEmpty() || NUMBER.matcher(v).matches() || BOOLEAN.matcher(v).matches() || isPlaceholder(v);
    }

    /** {@code changeme}, {@code <password>}, {@code ${DB_PASSWORD}}, {@code $(TOKEN)}, {@code {{ .Values.x }}}, {@code xxx}. */
    static boolean isPlaceholder(String value) {
        String v = value.strip();
        return PLACEHOLDER.matcher(v).matches() || v.contains("{{");
    }

    /** True for a file path ({@code /etc/secrets/db}) or a URL without a user part. */
    static boolean isPathOrPlainUrl(String value) {
        String v = value.strip();
        return v.startsWith("/") || v.startsWith("./") || v.startsWith("../") || v.startsWith("~/")
                || PLAIN_URL.matcher(v).matches();
    }

    /** True for at least 20 characters without white space and with the character spread of random output. */
    static boolean highEntropy(String value) {
        String v = value.strip();
        if (v.length() < 20 || v.chars().anyMatch(Character::isWhitespace)) return false;
        Map<Integer, Integer> counts = new HashMap<>();
        v.chars().forEach(c -> counts.merge(c, 1, Integer::sum));
        double entropy = 0;
        for (int n : counts.values()) {
            double p = (double) n / v.length();
            entropy -= p * Math.log(p) / Math.log(2);
        }
        return entropy >= 3.5;
    }

    /** How a value is shown in messages: never its text, only its length. */
    static String describe(String value) {
        return "(redacted, " + value.length() + " characters)";
    }
}
