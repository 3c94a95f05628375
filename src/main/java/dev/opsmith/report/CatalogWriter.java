package dev.opsmith.report;

import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The rule catalog, from rule metadata only: the {@code opsmith rules} table and JSON, {@code opsmith
 * rules describe ID}, and the generated docs under {@code docs/rules/}.
 */
public final class CatalogWriter {
    /** Docs folder for rules that belong to no format (PARSE, tool wrappers). */
    static final String GENERAL = "general";

    private final String rulesetVersion;

    public CatalogWriter(String rulesetVersion) {
        this.rulesetVersion = rulesetVersion;
    }

    /** A table: id, severity, category, on/off, title; sorted by id. */
    public void writeText(List<RuleMeta> rules, Writer out) throws IOException {
        List<RuleMeta> sorted = sorted(rules);
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"ID", "SEVERITY", "CATEGORY", "DEFAULT", "TITLE"});
        for (RuleMeta r : sorted) {
            rows.add(new String[] {r.id(), r.severity().id(), r.category().id(), onOff(r), r.title()});
        }
        int[] widths = new int[4];
        for (String[] row : rows) {
            for (int c = 0; c < widths.length; c++) widths[c] = Math.max(widths[c], row[c].length());
        }
        StringBuilder sb = new StringBuilder();
        for (String[] row : rows) {
            for (int c = 0; c < widths.length; c++) {
                sb.append(row[c]).append(" ".repeat(widths[c] - row[c].length() + 2));
            }
            sb.append(row[4]).append('\n');
        }
        sb.append('\n').append(sorted.size()).append(sorted.size() == 1 ? " rule" : " rules")
                .append(", ruleset ").append(rulesetVersion).append('\n');
        out.write(sb.toString());
        out.flush();
    }

    /**
     * {@code {"rulesetVersion", "rules": [{"id", "title", "severity", "category", "defaultEnabled",
     * "formats", "description", "remediation", "compliance", "equivalents"}]}}, sorted by id.
     */
    public void writeJson(List<RuleMeta> rules, Writer out) throws IOException {
        ReportJson.write(toJson(rules), out);
    }

    public ObjectNode toJson(List<RuleMeta> rules) {
        ObjectNode root = ReportJson.object();
        root.put("rulesetVersion", rulesetVersion);
        ArrayNode array = root.putArray("rules");
        for (RuleMeta r : sorted(rules)) {
            ObjectNode node = array.addObject();
            node.put("id", r.id());
            node.put("title", r.title());
            node.put("severity", r.severity().id());
            node.put("category", r.category().id());
            node.put("defaultEnabled", r.defaultEnabled());
            node.set("formats", ReportJson.strings(r.formats().stream().map(Format::id).collect(Collectors.toList())));
            node.put("description", r.description());
            node.put("remediation", r.remediation());
            node.set("compliance", ReportJson.strings(r.compliance()));
            ObjectNode equivalents = node.putObject("equivalents");
            r.equivalents().forEach((tool, ids) -> equivalents.set(tool, ReportJson.strings(ids)));
        }
        return root;
    }

    /**
     * The rule docs: {@code docs/rules/README.md} (an index grouped by format) and one page per rule at
     * {@link #docPath}. Keys are repository-relative paths with forward slashes, in a stable order.
     *
     * @param examples a rule's examples, or null when it has none; markers are stripped here
     */
    public Map<String, String> markdownPages(List<RuleMeta> rules, Function<RuleMeta, Examples> examples) {
        List<RuleMeta> sorted = sorted(rules);
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("docs/rules/README.md", index(sorted));
        for (RuleMeta r : sorted) {
            pages.put(docPath(r), page(r, examples.apply(r)));
        }
        return pages;
    }

    /** Where a rule's page lives: {@code docs/rules/<format>/<ID>.md}, by its first format. */
    public static String docPath(RuleMeta rule) {
        return "docs/rules/" + folder(rule) + "/" + rule.id() + ".md";
    }

    private static String folder(RuleMeta rule) {
        return rule.formats().isEmpty() ? GENERAL : rule.formats().iterator().next().id();
    }

    private static String index(List<RuleMeta> rules) {
        Map<String, List<RuleMeta>> byFormat = new TreeMap<>(Comparator
                .comparing((String id) -> id.equals(GENERAL))   // general last
                .thenComparing(Comparator.naturalOrder()));
        for (RuleMeta r : rules) {
            if (r.formats().isEmpty()) byFormat.computeIfAbsent(GENERAL, k -> new ArrayList<>()).add(r);
            for (Format f : r.formats()) byFormat.computeIfAbsent(f.id(), k -> new ArrayList<>()).add(r);
        }
        StringBuilder sb = new StringBuilder(generatedNotice());
        sb.append("# Rules\n\n")
                .append(rules.size()).append(rules.size() == 1 ? " rule" : " rules")
                .append(". Each page is generated from the rule's metadata; run `opsmith rules describe ID` for the same text in a terminal.\n");
        byFormat.forEach((format, list) -> {
            sb.append("\n## ").append(formatName(format)).append("\n\n");
            sb.append("| Rule | Title | Severity | Category | Default |\n");
            sb.append("|---|---|---|---|---|\n");
            for (RuleMeta r : list) {
                String link = docPath(r).substring("docs/rules/".length());
                sb.append("| [").append(r.id()).append("](").append(link).append(") | ")
                        .append(cell(r.title())).append(" | ").append(r.severity().id()).append(" | ")
                        .append(r.category().id()).append(" | ").append(onOff(r)).append(" |\n");
            }
        });
        return sb.toString();
    }

    private static String page(RuleMeta r, Examples examples) {
        StringBuilder sb = new StringBuilder(generatedNotice());
        sb.append("# ").append(r.id()).append(": ").append(r.title()).append("\n\n");
        sb.append("| | |\n|---|---|\n");
        sb.append("| ID | `").append(r.id()).append("` |\n");
        sb.append("| Severity | ").append(r.severity().id()).append(" |\n");
        sb.append("| Category | ").append(r.category().id()).append(" |\n");
        sb.append("| Default | ").append(r.defaultEnabled() ? "on" : "off (opt-in)").append(" |\n");
        sb.append("| Formats | ").append(formats(r)).append(" |\n");
        if (!r.equivalents().isEmpty()) sb.append("| Also known as | ").append(cell(alsoKnownAs(r))).append(" |\n");
        if (!r.description().isBlank()) sb.append('\n').append(r.description().strip()).append('\n');
        if (!r.rationale().isBlank()) sb.append("\n## Why\n\n").append(r.rationale().strip()).append('\n');
        if (!r.remediation().isBlank()) sb.append("\n## How to fix\n\n").append(r.remediation().strip()).append('\n');
        Examples shown = examples == null ? null : examples.stripped();
        if (shown != null && present(shown.noncompliant())) {
            sb.append("\n### Noncompliant\n\n").append(fence(shown.noncompliant(), shown.language()));
        }
        if (shown != null && present(shown.compliant())) {
            sb.append("\n### Compliant\n\n").append(fence(shown.compliant(), shown.language()));
        }
        if (!r.references().isEmpty()) {
            sb.append("\n## References\n\n");
            r.references().forEach(ref -> sb.append("- <").append(ref).append(">\n"));
        }
        if (!r.compliance().isEmpty()) {
            sb.append("\n## Compliance\n\n");
            r.compliance().forEach(c -> sb.append("- ").append(c).append('\n'));
        }
        return sb.toString();
    }

    /** Plain text for {@code opsmith rules describe ID}. */
    public String describe(RuleMeta r, Examples examples) {
        StringBuilder sb = new StringBuilder();
        sb.append(r.id()).append("  ").append(r.title()).append('\n');
        sb.append("severity: ").append(r.severity().id())
                .append("   category: ").append(r.category().id())
                .append("   default: ").append(onOff(r))
                .append("   formats: ").append(formats(r)).append('\n');
        if (!r.equivalents().isEmpty()) sb.append("also known as: ").append(alsoKnownAs(r)).append('\n');
        if (!r.description().isBlank()) sb.append('\n').append(r.description().strip()).append('\n');
        if (!r.rationale().isBlank()) sb.append("\nWhy:\n").append(indent(r.rationale().strip(), "  "));
        if (!r.remediation().isBlank()) sb.append("\nHow to fix:\n").append(indent(r.remediation().strip(), "  "));
        Examples shown = examples == null ? null : examples.stripped();
        if (shown != null && present(shown.noncompliant())) {
            sb.append("\nNoncompliant:\n").append(indent(shown.noncompliant(), "    "));
        }
        if (shown != null && present(shown.compliant())) {
            sb.append("\nCompliant:\n").append(indent(shown.compliant(), "    "));
        }
        if (!r.references().isEmpty()) {
            sb.append("\nReferences:\n");
            r.references().forEach(ref -> sb.append("  ").append(ref).append('\n'));
        }
        if (!r.compliance().isEmpty()) sb.append("\nCompliance: ").append(String.join(", ", r.compliance())).append('\n');
        return sb.toString();
    }

    /** {@code "checkov CKV_DOCKER_3, hadolint DL3008"}: peer tools in name order, each with its ids. */
    static String alsoKnownAs(RuleMeta r) {
        List<String> parts = new ArrayList<>();
        r.equivalents().forEach((tool, ids) -> ids.forEach(id -> parts.add(tool + " " + id)));
        return String.join(", ", parts);
    }

    private static String formats(RuleMeta r) {
        return r.formats().isEmpty() ? "all" : r.formats().stream().map(Format::id).collect(Collectors.joining(", "));
    }

    private static String onOff(RuleMeta r) {
        return r.defaultEnabled() ? "on" : "off";
    }

    private static List<RuleMeta> sorted(List<RuleMeta> rules) {
        List<RuleMeta> sorted = new ArrayList<>(rules);
        sorted.sort(Comparator.comparing(RuleMeta::id));
        return sorted;
    }

    private static String generatedNotice() {
        return "<!-- Generated from rule metadata by opsmith; do not edit. -->\n\n";
    }

    /** Display name of a format id for headings. */
    static String formatName(String id) {
        switch (id) {
            case "dockerfile": return "Dockerfile";
            case "yaml": return "YAML";
            case "kubernetes": return "Kubernetes";
            case "helm": return "Helm";
            case "kustomize": return "Kustomize";
            case "compose": return "Docker Compose";
            case "terraform": return "Terraform";
            case "actions": return "GitHub Actions";
            case "gitlab": return "GitLab CI";
            case "secrets": return "Secrets";
            case GENERAL: return "General";
            default: return id.isEmpty() ? id : Character.toUpperCase(id.charAt(0)) + id.substring(1);
        }
    }

    /** A code block whose fence is longer than any backtick run in the code. */
    private static String fence(String code, String language) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < code.length(); i++) {
            run = code.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String fence = "`".repeat(Math.max(3, longest + 1));
        String body = code.endsWith("\n") ? code : code + "\n";
        return fence + (language == null ? "" : language.toLowerCase(Locale.ROOT)) + "\n" + body + fence + "\n";
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace('\n', ' ');
    }

    private static String indent(String text, String prefix) {
        StringBuilder sb = new StringBuilder();
        for (String line : text.split("\r\n|\r|\n", -1)) {
            sb.append(line.isEmpty() ? "" : prefix + line).append('\n');
        }
        // split keeps a trailing empty element for text ending in a newline
        String out = sb.toString();
        return text.endsWith("\n") ? out.substring(0, out.length() - 1) : out;
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }
}
