package dev.opsmith.rules.compose;

import dev.opsmith.format.compose.ComposeNode;
import dev.opsmith.format.compose.ComposeService;
import dev.opsmith.format.compose.EnvVar;
import dev.opsmith.rules.RuleContext;
import dev.opsmith.rules.secrets.CredentialShapes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Credentials in Compose files as written, for the secrets rules (CMP050, CMP051): the Compose vocabulary of
 * {@link CredentialShapes}, the values a service writes out (environment, build args, labels, commands), what
 * counts as a literal there ({@code $$} is a dollar, {@code ${VAR:-default}} holds its default), and redaction.
 * Values are judged as written, never after {@code .env} interpolation: {@code .env} values are not printed.
 */
final class ComposeCredentials {
    /** The plan's token formats for CMP051 (K8S132's list): AWS key ids, GitHub and Slack tokens, JWTs. */
    private static final Set<String> TOKEN_KINDS = Set.of("AWS access key id", "GitHub token", "Slack token",
            "JSON web token");

    /**
     * Names: the K8S130 pattern, with {@code pass} and {@code token} only as whole words or word endings so that
     * {@code COMPASS_HOST} or {@code TOKENIZERS_PARALLELISM} are not credentials. Names ending in {@code _FILE},
     * {@code _PATH}, {@code _NAME}, {@code _REF} or {@code _URL} point at a credential rather than hold it.
     */
    static final CredentialShapes SHAPES = new CredentialShapes(
            CredentialShapes.WELL_KNOWN.stream().filter(s -> TOKEN_KINDS.contains(s.kind())).toList(),
            Pattern.compile("(?i)(password|passwd|passphrase|secret|credential"
                    + "|(^|[_.-])pass($|[_.-])|(^|[_.-])tokens?($|[_.-])|[a-z]tokens?($|[_.-])"
                    + "|api[_-]?key|private[_-]?key|access[_-]?key)"),
            Pattern.compile("(?i).*[_.-](file|path|name|ref|url)"),
            Set.of("changeme", "change_me", "change-me", "changeit", "redacted", "placeholder", "todo", "tbd",
                    "none", "null", "nil", "unset", "empty"),
            Pattern.compile("(?i)x+|\\*+|\\.+|-+|<[^>]*>|\\{\\{.*}}|.*(example|dummy|placeholder|your[_-]).*"));

    private static final Pattern NUMBER = Pattern.compile("[-+]?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?");
    private static final Pattern BOOLEAN = Pattern.compile("(?i)true|false|yes|no|on|off|y|n");
    /** A value that is one reference with a default: {@code ${VAR:-default}} or {@code ${VAR-default}}. */
    private static final Pattern LONE_DEFAULT = Pattern.compile("\\$\\{[A-Za-z_][A-Za-z0-9_]*:?-(.*)}", Pattern.DOTALL);
    /** Stands for an escaped {@code $$} while a text is searched, so that it never reads as a reference. */
    private static final char DOLLAR = '\u0000';

    /**
     * A value a service writes out.
     *
     * @param where   what holds it, for messages: {@code environment}, {@code build arg}, {@code label}, {@code command}
     * @param name    the variable, arg or label name; the attribute for command items
     * @param written the value as written in the file (before interpolation)
     * @param node    the mapping value or list item (for reporting)
     */
    record Written(String where, String name, String written, ComposeNode node) {
    }

    private ComposeCredentials() {
    }

    /** The service's environment with values, merged by name across the project's files. */
    static List<Written> environment(ComposeService service) {
        return written("environment", service.environment());
    }

    static List<Written> labels(ComposeService service) {
        return written("label", service.labels());
    }

    /** {@code build.args} (mapping or {@code KEY=value} list), merged by name; bare names are left out. */
    static List<Written> buildArgs(ComposeService service) {
        ComposeNode args = service.build().get("args");
        Map<String, Written> byName = new LinkedHashMap<>();
        for (ComposeNode e : args.entries()) {
            e.text().ifPresent(t -> byName.put(e.name(), new Written("build arg", e.name(), t, e)));
        }
        for (ComposeNode item : args.items()) {
            String raw = item.text().orElse("");
            int eq = raw.indexOf('=');
            if (eq > 0) byName.put(raw.substring(0, eq).strip(),
                    new Written("build arg", raw.substring(0, eq).strip(), raw.substring(eq + 1), item));
        }
        return List.copyOf(byName.values());
    }

    /** The items of {@code command}, {@code entrypoint} and {@code healthcheck.test} (a string is one item). */
    static List<Written> commands(ComposeService service) {
        List<Written> out = new ArrayList<>();
        for (ComposeNode item : service.command().items()) add(out, "command", item);
        for (ComposeNode item : service.entrypoint().items()) add(out, "entrypoint", item);
        for (ComposeNode item : service.healthcheck().get("test").items()) add(out, "healthcheck test", item);
        return out;
    }

    private static void add(List<Written> out, String where, ComposeNode item) {
        item.text().ifPresent(t -> out.add(new Written(where, where, t, item)));
    }

    private static List<Written> written(String where, List<EnvVar> vars) {
        List<Written> out = new ArrayList<>();
        for (EnvVar v : vars) {
            if (v.value().isEmpty()) continue; // passed through from the shell
            Optional<String> text = v.node().text();
            if (text.isEmpty()) continue;
            String raw = text.get();
            if (v.node().name().isEmpty()) { // list form: KEY=value
                int eq = raw.indexOf('=');
                if (eq < 0) continue;
                raw = raw.substring(eq + 1);
            }
            out.add(new Written(where, v.name(), raw, v.node()));
        }
        return out;
    }

    /**
     * The literal a value holds as written: the value itself, or the default of a lone {@code ${VAR:-default}};
     * empty when it uses a variable (the secret then comes from elsewhere). {@code $$} is a literal dollar.
     */
    static Optional<String> literal(String written) {
        String v = escape(written.strip());
        Matcher m = LONE_DEFAULT.matcher(v);
        if (m.matches()) v = m.group(1);
        if (v.indexOf('$') >= 0) return Optional.empty();
        return Optional.of(unescape(v));
    }

    /**
     * CMP050's judgement: the literal a credential-named entry holds, when it looks like a real credential (not
     * empty, a number, a boolean, a path or a placeholder). A name ending in {@code _URL} counts only with a
     * password in its URL.
     */
    static Optional<String> namedSecret(Written w) {
        if (!SHAPES.sensitiveName().matcher(w.name()).find()) return Optional.empty();
        Optional<String> literal = literal(w.written());
        if (literal.isEmpty()) return Optional.empty();
        String v = literal.get().strip();
        if (SHAPES.pointerName().matcher(w.name()).matches()) {
            boolean url = w.name().toLowerCase(Locale.ROOT).endsWith("url");
            return url && !urlPasswords(v).isEmpty() ? Optional.of(v) : Optional.empty();
        }
        // a dollar left in the literal was written $$: no reference
        if (NUMBER.matcher(v).matches() || BOOLEAN.matcher(v).matches()
                || !SHAPES.isLiteralSecret(v.replace('$', DOLLAR))) {
            return Optional.empty();
        }
        return Optional.of(v);
    }

    /** A credential found in a value, whatever its name. */
    record Found(String kind, String text) {
    }

    /**
     * CMP051's judgement: well-known tokens, PEM private keys and literal URL passwords in a value as written,
     * in order of appearance; references ({@code postgres://app:${DB_PW}@db}) are not credentials.
     */
    static List<Found> credentialsIn(String written) {
        String text = escape(written);
        List<Found> out = new ArrayList<>();
        for (CredentialShapes.Token t : SHAPES.tokens(text)) out.add(new Found(t.kind(), unescape(t.text())));
        for (String password : urlPasswords(text)) out.add(new Found("URL with a password", unescape(password)));
        return out;
    }

    /** Literal passwords of {@code scheme://user:password@host} URLs in a text (escaped dollars kept escaped). */
    private static List<String> urlPasswords(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = CredentialShapes.URL_WITH_USERINFO.matcher(text);
        while (m.find()) {
            String userinfo = m.group(2);
            int colon = userinfo.indexOf(':');
            if (colon < 0) continue;
            String password = userinfo.substring(colon + 1);
            // $$VAR in a command is the shell's variable at run time: a reference too
            if (password.isEmpty() || password.indexOf('$') >= 0 || password.indexOf(DOLLAR) >= 0
                    || SHAPES.isPlaceholder(password)) continue;
            out.add(password);
        }
        return out;
    }

    /**
     * Marks a credential as secret in every form an output might show it: as found, with {@code $$} as written,
     * and line by line when it spans lines. When the whole value is the credential ({@code whole}, CMP050), the
     * value as written and its source text (quotes, escapes) are marked too.
     */
    static RuleContext.Report redact(RuleContext context, RuleContext.Report report, Written w, String credential,
                                     boolean whole) {
        secret(report, credential);
        secret(report, credential.replace("$", "$$"));
        String source = context.source().text(w.node().span());
        boolean escaped = !source.contains(credential) && !source.contains(credential.replace("$", "$$"));
        if (whole || escaped) { // an escaped form ("\u002D") shows in excerpts as written: mask the value whole
            secret(report, w.written());
            boolean keyValueItem = w.node().name().isEmpty() && w.written().length() < source.length()
                    && source.indexOf('=') >= 0;
            secret(report, keyValueItem ? source.substring(source.indexOf('=') + 1) : source);
        }
        return report;
    }

    private static void secret(RuleContext.Report report, String value) {
        if (value == null || value.isBlank()) return;
        report.secret(value);
        String s = value.strip();
        if (!s.equals(value)) report.secret(s);
        if (s.length() >= 2 && (s.endsWith("\"") || s.endsWith("'"))) s = s.substring(0, s.length() - 1);
        if (s.length() >= 1 && (s.startsWith("\"") || s.startsWith("'"))) s = s.substring(1);
        if (!s.isBlank()) report.secret(s);
        if (value.indexOf('\n') >= 0) {
            for (String line : value.split("\r?\n")) {
                String l = line.strip();
                if (l.length() >= 4) report.secret(l);
            }
        }
    }

    private static String escape(String text) {
        return text.replace("$$", String.valueOf(DOLLAR));
    }

    private static String unescape(String text) {
        return text.replace(DOLLAR, '$');
    }
}
