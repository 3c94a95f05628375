package dev.opsmith.rules;

import dev.opsmith.core.RuleMeta;
import dev.opsmith.rules.compose.ComposeRules;
import dev.opsmith.rules.dockerfile.DockerfileRules;
import dev.opsmith.rules.kubernetes.KubernetesRules;
import dev.opsmith.rules.terraform.TerraformRules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The one explicit list of rules: each format's list ({@link DockerfileRules}, {@link KubernetesRules}) holds one
 * line per rule.
 * Adding a rule: write its class, its fixture folder, and its line in the format's list.
 */
public final class Rules {

    private static final List<Rule> ALL = concat(DockerfileRules.all(), KubernetesRules.all(), ComposeRules.all(),
            TerraformRules.all());

    private Rules() {
    }

    @SafeVarargs
    private static List<Rule> concat(List<Rule>... lists) {
        List<Rule> out = new ArrayList<>();
        for (List<Rule> l : lists) out.addAll(l);
        return List.copyOf(out);
    }

    // derived once: resolve() runs for every suppression pragma of every file
    private static final List<Rule> SORTED = ALL.stream().sorted(Comparator.comparing(r -> r.meta().id())).toList();
    private static final List<RuleMeta> CATALOG = buildCatalog();

    /** Every rule that checks a model, in id order. */
    public static List<Rule> all() {
        return SORTED;
    }

    /** Metadata of every rule including those reported by the scanner itself (PARSE), in id order. */
    public static List<RuleMeta> catalog() {
        return CATALOG;
    }

    private static List<RuleMeta> buildCatalog() {
        List<RuleMeta> metas = new ArrayList<>();
        metas.add(ParseError.META);
        metas.addAll(RenderRules.ALL);
        for (Rule r : ALL) metas.add(r.meta());
        metas.sort(Comparator.comparing(RuleMeta::id));
        return List.copyOf(metas);
    }

    /**
     * Our rules meant by an id: our own id (any case), or a peer tool's id that rules declare as equivalent
     * ({@code DL3008}, {@code CKV_DOCKER_3}, {@code SC2086}). Empty when nothing matches.
     */
    public static List<RuleMeta> resolve(String id) {
        String wanted = id.strip();
        for (RuleMeta m : catalog()) {
            if (m.id().equalsIgnoreCase(wanted)) return List.of(m);
        }
        String peerId = canonicalPeerId(wanted);
        List<RuleMeta> out = new ArrayList<>();
        for (RuleMeta m : catalog()) {
            for (String tool : m.equivalents().keySet()) {
                if (m.isEquivalent(tool, peerId)) {
                    out.add(m);
                    break;
                }
            }
        }
        return out;
    }

    /**
     * A peer id in the form our tables use: upper case, and trivy's several spellings of one check
     * ({@code AVD-DS-0002}, {@code DS-0002}, {@code DS002}) as {@code DS002}.
     */
    static String canonicalPeerId(String id) {
        String upper = id.strip().toUpperCase(Locale.ROOT);
        java.util.regex.Matcher trivy = java.util.regex.Pattern.compile("(?:AVD-)?DS-?0*(\\d{1,3})").matcher(upper);
        if (trivy.matches()) return String.format("DS%03d", Integer.parseInt(trivy.group(1)));
        return upper;
    }

    /** The peer tool whose id this is, when it is a peer id of one of our rules (for messages). */
    public static boolean isPeerWildcard(RuleMeta meta, String peerId) {
        for (List<String> ids : meta.equivalents().values()) {
            for (String declared : ids) {
                if (declared.endsWith("*") && peerId.toUpperCase(Locale.ROOT)
                        .startsWith(declared.substring(0, declared.length() - 1))) {
                    return true;
                }
            }
        }
        return false;
    }
}
