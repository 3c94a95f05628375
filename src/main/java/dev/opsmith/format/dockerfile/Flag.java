package dev.opsmith.format.dockerfile;

import dev.opsmith.core.Span;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An instruction flag such as {@code --from=build}, {@code --mount=type=cache,target=/x} or {@code --link}.
 *
 * @param name  without the dashes, as written (flags are case-sensitive in BuildKit)
 * @param value unquoted value after {@code =}; null for a bare boolean flag like {@code --link}
 * @param span  the whole flag, from the dashes to the end of its value
 */
public record Flag(String name, String value, Span span) {

    /**
     * The value read as comma-separated {@code key=value} fields, in order, as for {@code --mount}:
     * {@code type=cache,target=/var/cache/apt,sharing=locked}. A field without {@code =} (e.g. {@code ro}) maps to
     * {@code "true"}. Double-quoted fields ({@code "target=/a,b"} or {@code target="/a,b"}) may hold commas.
     * Keys are lower-cased; empty when the flag has no value.
     */
    public Map<String, String> mount() {
        if (value == null || value.isEmpty()) return Map.of();
        Map<String, String> out = new LinkedHashMap<>();
        StringBuilder field = new StringBuilder();
        boolean inQuote = false;
        for (int i = 0; i <= value.length(); i++) {
            char c = i < value.length() ? value.charAt(i) : ',';
            if (i < value.length() && c == '"') {
                inQuote = !inQuote;
            } else if (c == ',' && !inQuote) {
                String f = field.toString().trim();
                field.setLength(0);
                if (f.isEmpty()) continue;
                int eq = f.indexOf('=');
                if (eq < 0) out.put(f.toLowerCase(java.util.Locale.ROOT), "true");
                else out.put(f.substring(0, eq).trim().toLowerCase(java.util.Locale.ROOT), f.substring(eq + 1).trim());
            } else {
                field.append(c);
            }
        }
        return Collections.unmodifiableMap(out);
    }

    /** True when the flag has this name (without dashes, case-sensitive). */
    public boolean is(String flagName) {
        return name.equals(flagName);
    }
}
