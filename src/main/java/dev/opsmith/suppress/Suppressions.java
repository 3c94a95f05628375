package dev.opsmith.suppress;

import dev.opsmith.core.Finding;
import dev.opsmith.core.Notice;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.SourceFile;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.IntUnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads suppression comments and waives the findings they cover. Rules never see pragmas: this runs after
 * all rules of a file.
 *
 * <ul>
 *   <li>{@code # opsmith:ignore=ID[,ID] reason} waives those rules on the next statement;</li>
 *   <li>{@code # opsmith:ignore-file=ID[,ID] reason} waives them in the whole file;</li>
 *   <li>hadolint's {@code # hadolint ignore=DL3008,SC2086} and {@code # hadolint global ignore=…}
 *       waive our equivalent rules (migration; can be turned off).</li>
 * </ul>
 * IDs may be ours or a peer's that one of our rules declares equivalent.
 */
public final class Suppressions {

    private static final String IDS = "([A-Za-z0-9_*-]+(?:\\s*,\\s*[A-Za-z0-9_*-]+)*)";
    private static final Pattern OPSMITH = Pattern.compile("#\\s*opsmith:ignore(-file)?\\s*=\\s*" + IDS + "\\s*(.*)");
    /** A pragma after the content of a line (YAML, HCL): {@code privileged: true  # opsmith:ignore=K8S001 reason}. */
    private static final Pattern TRAILING = Pattern.compile("\\s#\\s*(opsmith:ignore(?:-file)?\\s*=.*)$");
    private static final Pattern HADOLINT = Pattern.compile("#\\s*hadolint\\s+(global\\s+)?ignore\\s*=\\s*" + IDS + "\\s*(.*)");

    /** What the suppression reader needs to know of the rules, so this package does not depend on them. */
    public interface RuleResolver extends Function<String, List<RuleMeta>> {
        /** True when {@code peerId} reaches {@code meta} through a wildcard equivalent such as {@code SC*}. */
        boolean viaWildcard(RuleMeta meta, String peerId);
    }

    private final List<Suppression> suppressions = new ArrayList<>();
    private final List<Notice> notices = new ArrayList<>();

    private Suppressions() {
    }

    /**
     * @param statementEnd given the first line of a statement, its last line (a multi-line RUN, a YAML block)
     * @param hadolintPragmas whether hadolint's pragmas count
     * @param globalPeerIgnores peer ids ignored in every file (hadolint's {@code ignored:} list), with where they came from
     */
    public static Suppressions read(SourceFile file, IntUnaryOperator statementEnd, RuleResolver resolver,
                                    boolean hadolintPragmas, List<String> globalPeerIgnores, String globalSource) {
        return read(file, statementEnd, resolver, hadolintPragmas, globalPeerIgnores, globalSource, false, List.of());
    }

    /**
     * @param trailingComments whether a pragma may also end a line (then it covers the statement starting on
     *                         that line)
     * @param waivers          suppressions declared on objects (annotations)
     */
    public static Suppressions read(SourceFile file, IntUnaryOperator statementEnd, RuleResolver resolver,
                                    boolean hadolintPragmas, List<String> globalPeerIgnores, String globalSource,
                                    boolean trailingComments, List<Waiver> waivers) {
        Suppressions s = new Suppressions();
        for (Waiver w : waivers) {
            String why = w.reason().isBlank() ? w.source() : w.reason();
            for (String id : w.ids()) s.add(file, w.fromLine(), id, false, w.fromLine(), w.toLine(), why, resolver);
        }
        for (String id : globalPeerIgnores) {
            s.add(file, 0, id, true, 0, 0, "ignored in " + globalSource, resolver);
        }
        int lines = file.lineCount();
        for (int n = 1; n <= lines; n++) {
            String text = file.line(n).strip();
            int target;
            if (!text.startsWith("#")) {
                Matcher trailing = trailingComments ? TRAILING.matcher(file.line(n)) : null;
                if (trailing == null || !trailing.find()) continue;
                text = "# " + trailing.group(1);
                target = n;
            } else {
                target = nextStatementLine(file, n);
            }
            Matcher m = OPSMITH.matcher(text);
            boolean wholeFile;
            String ids;
            String reason;
            if (m.matches()) {
                wholeFile = m.group(1) != null;
                ids = m.group(2);
                reason = m.group(3).strip();
            } else if (hadolintPragmas && (m = HADOLINT.matcher(text)).matches()) {
                wholeFile = m.group(1) != null;
                ids = m.group(2);
                reason = "hadolint " + (wholeFile ? "global " : "") + "ignore pragma";
            } else {
                continue;
            }
            int end = target > 0 ? Math.max(target, statementEnd.applyAsInt(target)) : 0;
            for (String id : ids.split(",")) {
                s.add(file, n, id.strip(), wholeFile, target, end, reason, resolver);
            }
        }
        return s;
    }

    private void add(SourceFile file, int line, String id, boolean wholeFile, int from, int to, String reason,
                     RuleResolver resolver) {
        List<RuleMeta> metas = resolver.apply(id);
        if (metas.isEmpty()) {
            notices.add(new Notice(file.relativePath() + (line > 0 ? ":" + line : ""),
                    "suppression names unknown rule '" + id + "'; see `opsmith rules` for the ids"));
            return;
        }
        for (RuleMeta meta : metas) {
            String code = resolver.viaWildcard(meta, id) ? id.toUpperCase(Locale.ROOT) : null;
            suppressions.add(new Suppression(meta.id(), code, wholeFile, from, to, reason));
        }
    }

    private static int nextStatementLine(SourceFile file, int after) {
        for (int n = after + 1; n <= file.lineCount(); n++) {
            String t = file.line(n).strip();
            if (!t.isEmpty() && !t.startsWith("#")) return n;
        }
        return 0;
    }

    public List<Suppression> suppressions() {
        return List.copyOf(suppressions);
    }

    public List<Notice> notices() {
        return List.copyOf(notices);
    }

    /** The findings with those covered marked suppressed (with the pragma's reason as justification). */
    public List<Finding> apply(List<Finding> findings) {
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            Finding result = f;
            for (Suppression s : suppressions) {
                if (!f.suppressed() && s.covers(f)) {
                    result = f.withSuppression(s.justification());
                    break;
                }
            }
            out.add(result);
        }
        return out;
    }
}
