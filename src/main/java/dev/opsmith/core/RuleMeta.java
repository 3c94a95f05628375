package dev.opsmith.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Everything a rule says about itself. The single source of truth for the catalog, the docs,
 * SARIF rule descriptors and peer-tool migration.
 *
 * @param equivalents peer tool name (lower case: hadolint, checkov, trivy) to that tool's ids
 *                    whose positives and negatives match this rule's
 */
public record RuleMeta(
        String id,
        String title,
        Severity severity,
        Category category,
        boolean defaultEnabled,
        Set<Format> formats,
        String description,
        String rationale,
        String remediation,
        List<String> references,
        List<String> compliance,
        Map<String, List<String>> equivalents) {

    public RuleMeta {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(category, "category");
        if (category == Category.HYGIENE && severity.atLeast(Severity.HIGH)) {
            throw new IllegalArgumentException(id + ": hygiene rules cannot be " + severity.id());
        }
        formats = Collections.unmodifiableSet(EnumSet.copyOf(formats));
        references = List.copyOf(references);
        compliance = List.copyOf(compliance);
        Map<String, List<String>> sorted = new TreeMap<>();
        equivalents.forEach((tool, ids) -> sorted.put(tool, List.copyOf(ids)));
        equivalents = Collections.unmodifiableMap(sorted);
    }

    public static Builder builder(String id, String title) {
        return new Builder(id, title);
    }

    /** True when {@code peerId} of {@code tool} is declared equivalent (a trailing {@code *} in our list matches a prefix). */
    public boolean isEquivalent(String tool, String peerId) {
        for (String declared : equivalents.getOrDefault(tool, List.of())) {
            if (declared.endsWith("*") ? peerId.startsWith(declared.substring(0, declared.length() - 1))
                    : declared.equalsIgnoreCase(peerId)) {
                return true;
            }
        }
        return false;
    }

    /** Builder used by each rule class for its static metadata. */
    public static final class Builder {
        private final String id;
        private final String title;
        private Severity severity = Severity.MEDIUM;
        private Category category = Category.HYGIENE;
        private boolean defaultEnabled = true;
        private final Set<Format> formats = EnumSet.noneOf(Format.class);
        private String description = "";
        private String rationale = "";
        private String remediation = "";
        private final List<String> references = new ArrayList<>();
        private final List<String> compliance = new ArrayList<>();
        private final Map<String, List<String>> equivalents = new LinkedHashMap<>();

        private Builder(String id, String title) {
            this.id = id;
            this.title = title;
        }

        public Builder severity(Severity value) { this.severity = value; return this; }
        public Builder category(Category value) { this.category = value; return this; }
        /** Opt-in rules run only with {@code --enable-rule} or the config's {@code rules.enable}. */
        public Builder optIn() { this.defaultEnabled = false; return this; }
        public Builder format(Format value) { this.formats.add(value); return this; }
        public Builder description(String value) { this.description = value; return this; }
        public Builder rationale(String value) { this.rationale = value; return this; }
        public Builder remediation(String value) { this.remediation = value; return this; }
        public Builder reference(String url) { this.references.add(url); return this; }
        public Builder compliance(String control) { this.compliance.add(control); return this; }
        public Builder equivalent(String tool, String... ids) {
            this.equivalents.computeIfAbsent(tool, k -> new ArrayList<>()).addAll(List.of(ids));
            return this;
        }

        public RuleMeta build() {
            return new RuleMeta(id, title, severity, category, defaultEnabled, formats, description,
                    rationale, remediation, references, compliance, equivalents);
        }
    }
}
