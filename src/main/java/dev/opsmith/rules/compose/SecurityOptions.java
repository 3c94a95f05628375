package dev.opsmith.rules.compose;

import dev.opsmith.format.compose.ComposeNode;
import dev.opsmith.format.compose.ComposeService;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A service's {@code security_opt} items read as the Docker daemon reads them (CMP010, CMP011): split at the first
 * {@code =}, or at the first {@code :} (the deprecated separator) when there is none, so {@code label:type:spc_t}
 * is {@code label} = {@code type:spc_t}. Bare {@code disable} is the daemon's old spelling of {@code label=disable}.
 */
final class SecurityOptions {
    /**
     * One item, lower-cased and stripped around the separator.
     *
     * @param item the list item as written (for reporting)
     */
    record Option(String key, String value, ComposeNode item) {
        boolean is(String k, String v) {
            return key.equals(k) && value.equals(v);
        }
    }

    private SecurityOptions() {
    }

    /** The items of every file of the project, in merge order; items using an unresolved variable are skipped. */
    static List<Option> of(ComposeService service) {
        List<Option> out = new ArrayList<>();
        for (ComposeNode item : service.securityOpt()) {
            String text = item.resolved().map(t -> t.strip().toLowerCase(Locale.ROOT)).orElse("");
            if (text.isEmpty()) continue;
            if (text.equals("disable")) {
                out.add(new Option("label", "disable", item));
                continue;
            }
            int eq = text.indexOf('=');
            int at = eq >= 0 ? eq : text.indexOf(':');
            if (at < 0) {
                out.add(new Option(text, "", item));
            } else {
                out.add(new Option(text.substring(0, at).strip(), text.substring(at + 1).strip(), item));
            }
        }
        return out;
    }
}
