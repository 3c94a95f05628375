package dev.opsmith.rules.kubernetes;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Values of ConfigMap and Secret entries: base64 decoding and credentials assigned inside embedded config files. */
final class ConfigValues {
    /** {@code key = value} / {@code key: value} lines of properties, YAML, TOML and .env files. */
    private static final Pattern ASSIGNMENT = Pattern.compile(
            "(?m)^[ \\t]*(?:export[ \\t]+)?([A-Za-z0-9_.\\-]+)[ \\t]*[=:][ \\t]*[\"']?([^\\s\"'#]+)");

    /** A credential assigned inside a multi-line value: the key that announces it and the value. */
    record Assignment(String key, String value) {
    }

    private ConfigValues() {
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
            if (CredentialShapes.sensitiveName(key) && !CredentialShapes.isNotASecret(value)
                    && !CredentialShapes.isPathOrPlainUrl(value) && value.indexOf('$') < 0 && value.length() >= 4) {
                return Optional.of(new Assignment(key, value));
            }
        }
        return Optional.empty();
    }
}
