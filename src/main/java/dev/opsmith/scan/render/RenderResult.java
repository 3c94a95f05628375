package dev.opsmith.scan.render;

import dev.opsmith.core.Finding;
import dev.opsmith.core.Fingerprints;
import dev.opsmith.core.Notice;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.core.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the render stage produced: renderings to check, its own findings (failures and refusals), notices, and the
 * plain files a rendered kustomization covers (not scanned again one by one).
 */
public final class RenderResult {
    private final List<Rendering> renderings = new ArrayList<>();
    private final List<Finding> findings = new ArrayList<>();
    private final List<Notice> notices = new ArrayList<>();
    private final Set<String> covered = new TreeSet<>();
    private int rendered;

    public List<Rendering> renderings() {
        return renderings;
    }

    public List<Finding> findings() {
        return findings;
    }

    public List<Notice> notices() {
        return notices;
    }

    /** Files (relative to the scan root) that rendered kustomizations read: their findings come through the renders. */
    public Set<String> covered() {
        return covered;
    }

    /** How many charts and kustomizations rendered at least once. */
    public int renderedUnits() {
        return rendered;
    }

    void unitRendered() {
        rendered++;
    }

    void add(Rendering r) {
        renderings.add(r);
    }

    void notice(String file, String message) {
        notices.add(new Notice(file, message));
    }

    /** A finding of a render-stage rule; {@code severity} null means the rule's own. */
    void report(RuleMeta meta, String file, Span span, String message, Severity severity, List<String> contexts) {
        findings.add(new Finding(meta.id(), severity != null ? severity : meta.severity(), meta.category(), meta.title(),
                message, file, span, Fingerprints.of(meta.id(), file, message), meta.compliance(), false, "", contexts,
                List.of(), Map.of(), List.of()));
    }
}
