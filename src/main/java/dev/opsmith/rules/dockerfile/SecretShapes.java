package dev.opsmith.rules.dockerfile;

import dev.opsmith.core.Redaction;
import dev.opsmith.core.SourceFile;
import dev.opsmith.core.Span;
import dev.opsmith.rules.RuleContext;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a credential looks like: names that announce one, well-known token formats, and which values are literal
 * secrets rather than references, placeholders or file paths. Shared by the secret rules (DF100–DF104).
 */
final class SecretShapes {

    /** A token of a well-known format found in a text: {@code [start, end)} offsets and what it is. */
    record Token(String kind, int start, int end) {
    }

    /** A token format; {@code hints} are literals one of which every match contains (a cheap pre-check). */
    private record Shape(String kind, Pattern pattern, String... hints) {
        boolean mayOccurIn(String text) {
            for (String hint : hints) if (text.contains(hint)) return true;
            return false;
        }
    }

    private static final String NOT_AFTER = "(?<![A-Za-z0-9_-])";
    private static final String NOT_BEFORE = "(?![A-Za-z0-9_-])";

    private static final List<Shape> SHAPES = List.of(
            new Shape("AWS access key id", Pattern.compile("(?<![A-Z0-9])(?:AKIA|ASIA)[0-9A-Z]{16}(?![A-Z0-9])"), "AKIA", "ASIA"),
            new Shape("GitHub token", Pattern.compile(NOT_AFTER + "gh[pousr]_[A-Za-z0-9]{36,}" + NOT_BEFORE),
                    "ghp_", "gho_", "ghu_", "ghs_", "ghr_"),
            new Shape("GitHub fine-grained token", Pattern.compile(NOT_AFTER + "github_pat_[A-Za-z0-9_]{22,}" + NOT_BEFORE),
                    "github_pat_"),
            new Shape("GitLab token", Pattern.compile(NOT_AFTER + "glpat-[A-Za-z0-9_-]{20,}" + NOT_BEFORE), "glpat-"),
            new Shape("Slack token", Pattern.compile(NOT_AFTER + "xox[abpr]-[A-Za-z0-9-]{10,}" + NOT_BEFORE), "xox"),
            new Shape("Stripe live key", Pattern.compile(NOT_AFTER + "(?:sk|rk)_live_[A-Za-z0-9]{16,}" + NOT_BEFORE), "_live_"),
            new Shape("Google API key", Pattern.compile(NOT_AFTER + "AIza[0-9A-Za-z_-]{35}" + NOT_BEFORE), "AIza"),
            new Shape("JSON web token", Pattern.compile(NOT_AFTER
                    + "eyJ[A-Za-z0-9_-]{8,}\\.eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}" + NOT_BEFORE), "eyJ"));

    private static final Pattern PEM_BEGIN = Pattern.compile("-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----");
    private static final Pattern PEM_END = Pattern.compile("-----END (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----");

    /** Values documented as fakes, or filler, inside a token: never a real credential. */
    private static final Pattern DUMMY_TOKEN = Pattern.compile("(?i)example|dummy|fake|sample|x{6,}|0{10,}|1234567890");

    private static final Set<String> SUFFIX_NOT_SECRET = Set.of("_FILE", "_PATH", "_DIR", "_URL_FILE", "_ENABLED",
            "_LENGTH", "_USERNAME", "_USER", "_ID");
    private static final Pattern SENSITIVE_NAME = Pattern.compile(
            "PASSWORD|PASSWD|SECRET|API_?KEY|PRIVATE_KEY|TOKENS?(?:_|$)|_PWD$|_PSW$");

    private static final Set<String> PLACEHOLDERS = Set.of("changeme", "change_me", "change-me", "changeit", "password",
            "passwd", "secret", "token", "none", "null", "nil", "todo", "tbd", "test", "redacted", "placeholder",
            "true", "false", "yes", "no", "on", "off", "unset", "empty", "default");
    private static final Pattern PLACEHOLDER_SHAPE = Pattern.compile(
            "(?i)<[^>]*>|\\{\\{.*}}|\\[[^\\]]*\\]|(.)\\1*|.*(example|dummy|placeholder|changeme|your[_-]).*");

    private SecretShapes() {
    }

    /**
     * True when an ENV/ARG name announces a credential ({@code DB_PASSWORD}, {@code NPM_TOKEN}, {@code STRIPE_API_KEY}),
     * false for names that point at one ({@code DB_PASSWORD_FILE}) or describe it ({@code PASSWORD_MIN_LENGTH},
     * {@code TOKENIZERS_PARALLELISM}, {@code *_USERNAME}, {@code *_ID}).
     */
    static boolean sensitiveName(String name) {
        String n = name.toUpperCase(Locale.ROOT);
        for (String suffix : SUFFIX_NOT_SECRET) if (n.endsWith(suffix)) return false;
        return SENSITIVE_NAME.matcher(n).find();
    }

    /** Tokens of well-known formats in {@code text}, in order; documented dummies are skipped. */
    static List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        for (Shape shape : SHAPES) {
            if (!shape.mayOccurIn(text)) continue;
            Matcher m = shape.pattern.matcher(text);
            while (m.find()) {
                if (!DUMMY_TOKEN.matcher(m.group()).find()) out.add(new Token(shape.kind, m.start(), m.end()));
            }
        }
        Matcher begin = PEM_BEGIN.matcher(text);
        int from = text.contains("PRIVATE KEY") ? 0 : text.length();
        while (from < text.length() && begin.find(from)) {
            Matcher end = PEM_END.matcher(text);
            int stop = end.find(begin.end()) ? end.end() : lineEnd(text, begin.end());
            out.add(new Token("private key", begin.start(), stop));
            from = stop;
        }
        out.sort((a, b) -> Integer.compare(a.start, b.start));
        return out;
    }

    private static int lineEnd(String text, int from) {
        int nl = text.indexOf('\n', from);
        return nl < 0 ? text.length() : nl;
    }

    /** True when the value has a shell or Dockerfile variable or command substitution in it. */
    static boolean hasReference(String value) {
        return value.indexOf('$') >= 0 || value.indexOf('`') >= 0;
    }

    /** True for values that only point at a file: {@code /run/secrets/db}, {@code ./creds}, {@code ~/.netrc}. */
    static boolean isPath(String value) {
        String v = value.strip();
        return v.startsWith("/") || v.startsWith("./") || v.startsWith("../") || v.startsWith("~/");
    }

    /** True for obvious non-credentials: {@code changeme}, {@code <password>}, {@code xxx}, {@code dummy}, booleans. */
    static boolean isPlaceholder(String value) {
        String v = value.strip();
        return PLACEHOLDERS.contains(v.toLowerCase(Locale.ROOT)) || PLACEHOLDER_SHAPE.matcher(v).matches();
    }

    /** True when the value is written out in the file: not empty, no variable, not a file path, not a placeholder. */
    static boolean isLiteralSecret(String value) {
        if (value == null) return false;
        String v = value.strip();
        return v.length() >= 3 && !hasReference(v) && !isPath(v) && !isPlaceholder(v);
    }

    /**
     * True when the value must be masked in outputs: anything written out that is not a plain variable reference or
     * a file path (placeholders too: {@code changeme} may well be the real password).
     */
    static boolean mustRedact(String value) {
        if (value == null) return false;
        String v = value.strip();
        return !v.isEmpty() && !isPureReference(v) && !isPath(v);
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

    /** A URL with a user part: group 1 scheme, 2 user info, 3 host. */
    static final Pattern URL_WITH_USERINFO = Pattern.compile(
            "(?<![A-Za-z0-9+.-])([A-Za-z][A-Za-z0-9+.-]*)://([^\\s/?#@'\"]+)@([^\\s/?#'\":,;]+)");
    private static final Pattern SENSITIVE_ASSIGNMENT = Pattern.compile(
            "([A-Za-z_][A-Za-z0-9_]*)\\s*[=:]\\s*\"?([^\\s\"'\\\\]+)");

    /**
     * The credential of a URL's user part: the password of {@code user:password@}, or for http(s) a lone user part
     * that is a variable or looks like a token; null when there is none.
     */
    static String urlCredential(String scheme, String userinfo) {
        int colon = userinfo.indexOf(':');
        if (colon >= 0) {
            String password = userinfo.substring(colon + 1);
            return password.isEmpty() || isPlaceholder(password) ? null : password;
        }
        String s = scheme.toLowerCase(Locale.ROOT);
        boolean web = s.equals("http") || s.equals("https") || s.endsWith("+https") || s.endsWith("+http");
        if (!web) return null;
        boolean token = !tokens(userinfo).isEmpty()
                || (userinfo.length() >= 20 && isLiteralSecret(userinfo) && userinfo.matches(".*[0-9].*"));
        return hasReference(userinfo) || token ? userinfo : null;
    }

    /**
     * Literal credentials in a text: URL passwords and tokens, well-known token formats, and values assigned to
     * credential names ({@code DB_PASSWORD=…}). What every output of a finding on this text must mask.
     */
    static List<String> credentialsIn(String text) {
        List<String> out = new ArrayList<>();
        Matcher url = URL_WITH_USERINFO.matcher(text);
        while (url.find()) {
            String c = urlCredential(url.group(1), url.group(2));
            if (c != null && mustRedact(c) && !hasReference(c)) out.add(c);
        }
        for (Token t : tokens(text)) out.add(text.substring(t.start, t.end));
        Matcher kv = SENSITIVE_ASSIGNMENT.matcher(text);
        while (kv.find()) {
            if (sensitiveName(kv.group(1)) && mustRedact(kv.group(2)) && !hasReference(kv.group(2))) out.add(kv.group(2));
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
        if (!found.isEmpty()) r.identity(masked(source.text(span), found));
        return r;
    }

    /** {@code text} with every secret replaced by the mask, for fingerprints and messages. */
    static String masked(String text, Collection<String> secrets) {
        String out = text;
        for (String s : secrets) if (s != null && !s.isEmpty()) out = out.replace(s, Redaction.mask(s));
        return out;
    }
}
