package dev.opsmith.rules;

import dev.opsmith.core.ExternalFinding;
import dev.opsmith.core.Finding;
import dev.opsmith.core.Fingerprints;
import dev.opsmith.core.RelatedLocation;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.SourceFile;
import dev.opsmith.core.Span;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a rule sees besides its model: the source file, external tools' results, and the one way to report.
 * Fingerprints and suppressions are added later by the scanner, outside the rule.
 */
public final class RuleContext {
    private final SourceFile source;
    private final List<ExternalFinding> external;
    private final Map<String, List<String>> settings;
    private final Object index;
    private final List<Report> reports = new ArrayList<>();

    public RuleContext(SourceFile source, List<ExternalFinding> external) {
        this(source, external, Map.of());
    }

    public RuleContext(SourceFile source, List<ExternalFinding> external, Map<String, List<String>> settings) {
        this(source, external, settings, null);
    }

    /**
     * @param settings this rule's settings from {@code rules.settings.<ID>} in the configuration
     * @param index    the format's cross-file index (Kubernetes objects of the whole scan), or null
     */
    public RuleContext(SourceFile source, List<ExternalFinding> external, Map<String, List<String>> settings,
                       Object index) {
        this.source = source;
        this.external = List.copyOf(external);
        this.settings = Map.copyOf(settings);
        this.index = index;
    }

    /** The cross-file index of this format, or {@code fallback} when the scan built none. */
    public <T> T index(Class<T> type, T fallback) {
        return type.isInstance(index) ? type.cast(index) : fallback;
    }

    /** Scan-wide setting: report undecided checks ({@code --show-unknown}). */
    public static final String SHOW_UNKNOWN = "show-unknown";

    /**
     * A check whose answer depends on values that are unknown (a variable without a value, an attribute known only
     * after apply). Rules never guess: nothing is reported, unless the scan asked for {@code --show-unknown}, where
     * this becomes an informational result naming the unknown inputs at the node the finding would have used.
     *
     * @param question what could not be decided ("whether the bucket is encrypted")
     * @param unknowns the inputs that made it unknown ("var.kms_key_arn has no value")
     */
    public void undecided(Span span, String question, List<String> unknowns) {
        if (!setting(SHOW_UNKNOWN).contains("true")) return;
        // a plan with thousands of unlinked resources must not make every message list them all
        String listed = unknowns.size() <= 5 ? String.join(", ", unknowns)
                : String.join(", ", unknowns.subList(0, 5)) + " and " + (unknowns.size() - 5) + " more";
        report(span, "could not be decided: " + question + "; unknown: " + listed)
                .severity(dev.opsmith.core.Severity.INFO).property("decision", "undecided");
    }

    /** A setting of this rule (e.g. {@code trusted-registries}); empty when not configured. */
    public List<String> setting(String key) {
        return settings.getOrDefault(key, List.of());
    }

    public SourceFile source() {
        return source;
    }

    /** Results of an external tool for this file (empty when the tool did not run). */
    public List<ExternalFinding> external(String tool) {
        return external.stream().filter(e -> e.tool().equals(tool)).toList();
    }

    /** Reports a finding on a node's span. Add details on the returned report. */
    public Report report(Span span, String message) {
        Report report = new Report(span, message);
        reports.add(report);
        return report;
    }

    /** Turns the reports of one rule run into findings; the scanner later separates identical fingerprints. */
    public List<Finding> findings(RuleMeta meta) {
        List<Finding> out = new ArrayList<>(reports.size());
        for (Report r : reports) {
            if (r.severity != null && meta.category() == dev.opsmith.core.Category.HYGIENE
                    && r.severity.atLeast(dev.opsmith.core.Severity.HIGH)) {
                throw new IllegalStateException(meta.id() + ": a hygiene finding cannot be " + r.severity.id());
            }
            out.add(new Finding(meta.id(), r.severity != null ? r.severity : meta.severity(), meta.category(),
                    meta.title(), r.message,
                    source.relativePath(), r.span,
                    Fingerprints.of(meta.id(), source.relativePath(), r.identity != null ? r.identity : source.text(r.span)),
                    meta.compliance(), false, "", r.contexts, r.related, r.properties, r.secrets));
        }
        reports.clear();
        return out;
    }

    /** Details of one reported finding. */
    public final class Report {
        private final Span span;
        private final String message;
        private final Map<String, String> properties = new LinkedHashMap<>();
        private final List<String> secrets = new ArrayList<>();
        private final List<RelatedLocation> related = new ArrayList<>();
        private final List<String> contexts = new ArrayList<>();
        private String identity;
        private dev.opsmith.core.Severity severity;

        private Report(Span span, String message) {
            this.span = span;
            this.message = message;
        }

        /** A machine-readable detail, shown in JSON {@code properties} and SARIF result properties. */
        public Report property(String key, String value) {
            properties.put(key, value);
            return this;
        }

        /** A credential value that no output may show. */
        public Report secret(String value) {
            if (value != null && !value.isEmpty()) secrets.add(value);
            return this;
        }

        /** Another place in the same file that explains the finding. */
        public Report related(Span where, String why) {
            return related(source.relativePath(), where, why);
        }

        /** A place in another file of the scan that explains the finding (the call site of a module, a tfvars line). */
        public Report related(String file, Span where, String why) {
            RelatedLocation location = new RelatedLocation(file, where, why);
            if (!related.contains(location)) related.add(location);
            return this;
        }

        /**
         * One of the configurations in which the finding holds (a module call instance, an environment); a finding
         * found the same in several is reported once with all of them.
         */
        public Report context(String name) {
            if (!name.isEmpty() && !contexts.contains(name)) contexts.add(name);
            return this;
        }

        /**
         * This finding's severity when it differs from the rule's default (a cluster-wide grant, an exploit form);
         * the rule's description must say when. Configuration overrides still apply on top.
         */
        public Report severity(dev.opsmith.core.Severity value) {
            this.severity = value;
            return this;
        }

        /** Text that identifies the offending node for the fingerprint, when the span's text is not enough. */
        public Report identity(String text) {
            this.identity = text;
            return this;
        }
    }
}
