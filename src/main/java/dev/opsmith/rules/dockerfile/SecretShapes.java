package dev.opsmith.rules.dockerfile;

import dev.opsmith.core.SourceFile;
import dev.opsmith.core.Span;
import dev.opsmith.rules.RuleContext;
import dev.opsmith.rules.secrets.CredentialShapes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Dockerfile side of {@link CredentialShapes}: ENV/ARG names that announce a credential, Dockerfile
 * placeholders, variable references, and reporting that masks every credential on the reported lines. Shared by the
 * secret rules (DF100–DF104).
 */
final class SecretShapes {

    /** The Dockerfile vocabulary: the full token catalogue; names are upper-cased before they are matched. */
    private static final CredentialShapes SHAPES = new CredentialShapes(CredentialShapes.WELL_KNOWN,
            Pattern.compile("PASSWORD|PASSWD|SECRET|API_?KEY|PRIVATE_KEY|TOKENS?(?:_|$)|_PWD$|_PSW$"),
            Pattern.compile("(?s).*(?:_FILE|_PATH|_DIR|_URL_FILE|_ENABLED|_LENGTH|_USERNAME|_USER|_ID)"),
            Set.of("changeme", "change_me", "change-me", "changeit", "password", "passwd", "secret", "token", "none",
                    "null", "nil", "todo", "tbd", "test", "redacted", "placeholder", "true", "false", "yes", "no", "on",
                    "off", "unset", "empty", "default"),
            Pattern.compile("(?i)<[^>]*>|\\{\\{.*}}|\\[[^\\]]*\\]|(.)\\1*|.*(example|dummy|placeholder|changeme|your[_-]).*"));

    private SecretShapes() {
    }

    /**
     * True when an ENV/ARG name announces a credential ({@code DB_PASSWORD}, {@code NPM_TOKEN}, {@code STRIPE_API_KEY}),
     * false for names that point at one ({@code DB_PASSWORD_FILE}) or describe it ({@code PASSWORD_MIN_LENGTH},
     * {@code TOKENIZERS_PARALLELISM}, {@code *_USERNAME}, {@code *_ID}).
     */
    static boolean sensitiveName(String name) {
        return SHAPES.isSensitiveName(name.toUpperCase(Locale.ROOT));
    }

    /** Tokens of well-known formats and private keys in {@code text}, in order; documented dummies are skipped. */
    static List<CredentialShapes.Token> tokens(String text) {
        return SHAPES.tokens(text);
    }

    /** True when the value is written out in the file: not empty, no variable, not a file path, not a placeholder. */
    static boolean isLiteralSecret(String value) {
        return SHAPES.isLiteralSecret(value);
    }

    /**
     * True when the value must be masked in outputs: anything written out that is not a plain variable reference or
     * a file path (placeholders too: {@code changeme} may well be the real password).
     */
    static boolean mustRedact(String value) {
        if (value == null) return false;
        String v = value.strip();
        return !v.isEmpty() && !isPureReference(v) && !CredentialShapes.isPath(v);
    }

    /** True for {@code $NAME}, {@code ${NAME}} or {@code ${NAME:-}} alone. */
    static boolean isPureReference(String value) {
        return value.matches("\\$[A-Za-z_][A-Za-z0-9_]*|\\$\\{[A-Za-z_][A-Za-z0-9_]*(?:[:]?[-+=?][^}$]*)?}");
    }

    /** Names of variables expanded in a text ({@code $X}, {@code ${X}}, {@code ${X:-d}}), in order. */
    static List<String> referencedNames(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = VARIABLE.matcher(text);
        while (m.find()) out.add(m.group(1) != null ? m.group(1) : m.group(2));
        return out;
    }

    private static final Pattern VARIABLE = Pattern.compile("\\$(?:\\{([A-Za-z_][A-Za-z0-9_]*)|([A-Za-z_][A-Za-z0-9_]*))");

    private static final Pattern SENSITIVE_ASSIGNMENT = Pattern.compile(
            "([A-Za-z_][A-Za-z0-9_]*)\\s*[=:]\\s*\"?([^\\s\"'\\\\]+)");

    /** The credential of a URL's user part (see {@link CredentialShapes#urlCredential}); null when there is none. */
    static String urlCredential(String scheme, String userinfo) {
        return SHAPES.urlCredential(scheme, userinfo);
    }

    /**
     * Literal credentials in a text: URL passwords and tokens, well-known token formats, and values assigned to
     * credential names ({@code DB_PASSWORD=…}). What every output of a finding on this text must mask.
     */
    static List<String> credentialsIn(String text) {
        List<String> out = new ArrayList<>();
        Matcher url = CredentialShapes.URL_WITH_USERINFO.matcher(text);
        while (url.find()) {
            String c = urlCredential(url.group(1), url.group(2));
            if (c != null && mustRedact(c) && !CredentialShapes.hasReference(c)) out.add(c);
        }
        for (CredentialShapes.Token t : tokens(text)) out.add(t.text());
        Matcher kv = SENSITIVE_ASSIGNMENT.matcher(text);
        while (kv.find()) {
            if (sensitiveName(kv.group(1)) && mustRedact(kv.group(2)) && !CredentialShapes.hasReference(kv.group(2))) out.add(kv.group(2));
        }
        return out;
    }

    /**
     * Reports a finding and marks as secret every credential on the lines it covers, since outputs show whole lines.
     * Rules of the secrets and supply-chain families report through this, so a finding never leaks a credential
     * that happens to sit on its line.
     */
    static RuleContext.Report report(RuleContext context, Span span, String message) {
        RuleContext.Report r = context.report(span, message);
        SourceFile source = context.source();
        StringBuilder lines = new StringBuilder();
        for (int l = span.line(); l <= span.endLine(); l++) lines.append(source.line(l)).append('\n');
        List<String> found = credentialsIn(lines.toString());
        for (String c : found) r.secret(c);
        if (!found.isEmpty()) r.identity(CredentialShapes.masked(source.text(span), found));
        return r;
    }
}
