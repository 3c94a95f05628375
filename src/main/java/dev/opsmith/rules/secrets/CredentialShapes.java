package dev.opsmith.rules.secrets;

import dev.opsmith.core.Redaction;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a credential looks like, whatever file it sits in: well-known token formats, PEM private keys, URLs with a
 * user part, names that announce a credential, and values that are placeholders or paths rather than secrets.
 * Each rule family brings its own vocabulary (token formats, credential names, placeholders) as an instance, so
 * the Dockerfile and Kubernetes secret rules share the mechanics without changing what either one flags.
 *
 * @param tokenShapes      token formats that {@link #tokens} looks for
 * @param sensitiveName    found in a name that announces a credential ({@code DB_PASSWORD})
 * @param pointerName      matches a whole name that points at a credential rather than holding it ({@code *_FILE})
 * @param placeholderWords lower-case values that are never a credential ({@code changeme})
 * @param placeholderShape matches a whole value that is never a credential ({@code <password>}, {@code xxx})
 */
public record CredentialShapes(List<Shape> tokenShapes, Pattern sensitiveName, Pattern pointerName,
                               Set<String> placeholderWords, Pattern placeholderShape) {

    /** A credential found in a text: what it is, its {@code [start, end)} offsets and its exact text. */
    public record Token(String kind, int start, int end, String text) {
    }

    /** A token format; {@code hints} are literals one of which every match contains (a cheap pre-check). */
    public record Shape(String kind, Pattern pattern, String... hints) {
        /** Matches of this format in {@code text}, in order; documented dummies are skipped. */
        public List<Token> find(String text) {
            List<Token> out = new ArrayList<>();
            if (!mayOccurIn(text)) return out;
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                if (!DUMMY_TOKEN.matcher(m.group()).find()) out.add(new Token(kind, m.start(), m.end(), m.group()));
            }
            return out;
        }

        private boolean mayOccurIn(String text) {
            for (String hint : hints) if (text.contains(hint)) return true;
            return false;
        }
    }

    private static final String NOT_AFTER = "(?<![A-Za-z0-9_-])";
    private static final String NOT_BEFORE = "(?![A-Za-z0-9_-])";

    /** The full catalogue of well-known token formats. */
    public static final List<Shape> WELL_KNOWN = List.of(
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

    /** A URL with a user part: group 1 scheme, 2 user info, 3 host. */
    public static final Pattern URL_WITH_USERINFO = Pattern.compile(
            "(?<![A-Za-z0-9+.-])([A-Za-z][A-Za-z0-9+.-]*)://([^\\s/?#@'\"]+)@([^\\s/?#'\":,;]+)");

    /** Tokens of the {@link #tokenShapes} and PEM private keys in {@code text}, in order; documented dummies are skipped. */
    public List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        for (Shape shape : tokenShapes) out.addAll(shape.find(text));
        int from = text.contains("PRIVATE KEY") ? 0 : text.length();
        while (from < text.length()) {
            Optional<Token> key = privateKey(text, from, true);
            if (key.isEmpty()) break;
            out.add(key.get());
            from = key.get().end();
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    /**
     * The first PEM private key in {@code text} at or after {@code from}, from its BEGIN line to its END line; one
     * without an END line runs to the end of its BEGIN line when {@code unterminatedToLineEnd}, else to the end of
     * the text.
     */
    public static Optional<Token> privateKey(String text, int from, boolean unterminatedToLineEnd) {
        Matcher begin = PEM_BEGIN.matcher(text);
        if (!begin.find(from)) return Optional.empty();
        Matcher end = PEM_END.matcher(text);
        int stop = end.find(begin.end()) ? end.end()
                : unterminatedToLineEnd ? lineEnd(text, begin.end()) : text.length();
        return Optional.of(new Token("private key", begin.start(), stop, text.substring(begin.start(), stop)));
    }

    private static int lineEnd(String text, int from) {
        int nl = text.indexOf('\n', from);
        return nl < 0 ? text.length() : nl;
    }

    /** True when a name announces a credential and does not merely point at one ({@code DB_PASSWORD_FILE}). */
    public boolean isSensitiveName(String name) {
        return sensitiveName.matcher(name).find() && !pointerName.matcher(name).matches();
    }

    /** True for obvious non-credentials of this vocabulary: {@code changeme}, {@code <password>}, {@code xxx}. */
    public boolean isPlaceholder(String value) {
        String v = value.strip();
        return placeholderWords.contains(v.toLowerCase(Locale.ROOT)) || placeholderShape.matcher(v).matches();
    }

    /** True when the value is written out: at least 3 characters, no variable, not a file path, not a placeholder. */
    public boolean isLiteralSecret(String value) {
        if (value == null) return false;
        String v = value.strip();
        return v.length() >= 3 && !hasReference(v) && !isPath(v) && !isPlaceholder(v);
    }

    /**
     * The credential of a URL's user part ({@link #URL_WITH_USERINFO} groups 1 and 2): the password of
     * {@code user:password@}, or for http(s) a lone user part that is a variable or looks like a token; null when
     * there is none.
     */
    public String urlCredential(String scheme, String userinfo) {
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

    /** True when the value has a shell variable or command substitution in it. */
    public static boolean hasReference(String value) {
        return value.indexOf('$') >= 0 || value.indexOf('`') >= 0;
    }

    /** True for values that only point at a file: {@code /run/secrets/db}, {@code ./creds}, {@code ~/.netrc}. */
    public static boolean isPath(String value) {
        String v = value.strip();
        return v.startsWith("/") || v.startsWith("./") || v.startsWith("../") || v.startsWith("~/");
    }

    /** True for at least 20 characters without white space and with the character spread of random output. */
    public static boolean highEntropy(String value) {
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
    public static String describe(String value) {
        return "(redacted, " + value.length() + " characters)";
    }

    /** {@code text} with every secret replaced by the mask, for fingerprints and messages. */
    public static String masked(String text, Collection<String> secrets) {
        String out = text;
        for (String s : secrets) if (s != null && !s.isEmpty()) out = out.replace(s, Redaction.mask(s));
        return out;
    }
}
