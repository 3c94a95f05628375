package dev.opsmith.rules.dockerfile;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Value formats a label schema can ask for, and their checks. */
enum LabelFormats {
    TEXT("text"),
    URL("an absolute URL"),
    SEMVER("a semantic version (1.4.2, 2.0.0-rc.1)"),
    HASH("a git commit hash (7 to 40 lower-case hex digits, or 64)"),
    RFC3339("an RFC 3339 timestamp (2024-05-01T12:00:00Z)"),
    SPDX("an SPDX license expression (Apache-2.0, MIT OR Apache-2.0)"),
    EMAIL("an e-mail address");

    private static final Pattern SEMVER_PATTERN = Pattern.compile(
            "(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)"
                    + "(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?"
                    + "(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?");
    private static final Pattern HASH_PATTERN = Pattern.compile("[0-9a-f]{7,40}|[0-9a-f]{64}");
    private static final Pattern EMAIL_PATTERN = Pattern.compile("[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+");
    private static final Pattern SPDX_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.+-]*(?::[A-Za-z0-9][A-Za-z0-9.+-]*)?");

    private final String expected;

    LabelFormats(String expected) {
        this.expected = expected;
    }

    /** What a valid value looks like, for messages. */
    String expected() {
        return expected;
    }

    /** The format with this name ({@code text}, {@code url}, …); TEXT for an unknown name. */
    static LabelFormats named(String name) {
        for (LabelFormats f : values()) if (f.name().equalsIgnoreCase(name.trim())) return f;
        return TEXT;
    }

    boolean accepts(String value) {
        return switch (this) {
            case TEXT -> !value.isBlank();
            case URL -> url(value);
            case SEMVER -> SEMVER_PATTERN.matcher(value).matches();
            case HASH -> HASH_PATTERN.matcher(value).matches();
            case RFC3339 -> rfc3339(value);
            case SPDX -> spdx(value);
            case EMAIL -> EMAIL_PATTERN.matcher(value).matches();
        };
    }

    private static boolean url(String value) {
        try {
            URI uri = new URI(value);
            return uri.isAbsolute() && uri.getScheme().matches("[A-Za-z][A-Za-z0-9+.-]*")
                    && (uri.getHost() != null || (uri.isOpaque() && !uri.getSchemeSpecificPart().isEmpty()));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static boolean rfc3339(String value) {
        try {
            OffsetDateTime.parse(value.toUpperCase(Locale.ROOT));
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** Syntax of an SPDX license expression: ids joined by AND / OR, optional WITH exception, parentheses. */
    static boolean spdx(String value) {
        List<String> tokens = new ArrayList<>();
        for (String part : value.replace("(", " ( ").replace(")", " ) ").trim().split("\\s+")) {
            if (!part.isEmpty()) tokens.add(part);
        }
        if (tokens.isEmpty()) return false;
        int[] pos = {0};
        return expression(tokens, pos) && pos[0] == tokens.size();
    }

    private static boolean expression(List<String> t, int[] pos) {
        if (!term(t, pos)) return false;
        while (pos[0] < t.size() && (t.get(pos[0]).equals("AND") || t.get(pos[0]).equals("OR"))) {
            pos[0]++;
            if (!term(t, pos)) return false;
        }
        return true;
    }

    private static boolean term(List<String> t, int[] pos) {
        if (pos[0] >= t.size()) return false;
        String tok = t.get(pos[0]);
        if (tok.equals("(")) {
            pos[0]++;
            if (!expression(t, pos) || pos[0] >= t.size() || !t.get(pos[0]).equals(")")) return false;
            pos[0]++;
            return true;
        }
        if (!license(tok)) return false;
        pos[0]++;
        if (pos[0] < t.size() && t.get(pos[0]).equals("WITH")) {
            pos[0]++;
            if (pos[0] >= t.size() || !license(t.get(pos[0]))) return false;
            pos[0]++;
        }
        return true;
    }

    private static boolean license(String tok) {
        String id = tok.endsWith("+") ? tok.substring(0, tok.length() - 1) : tok;
        return !id.equals("AND") && !id.equals("OR") && !id.equals("WITH") && SPDX_ID.matcher(id).matches();
    }
}
