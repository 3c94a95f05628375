package dev.opsmith.report;

import dev.opsmith.core.Category;
import dev.opsmith.core.Finding;
import dev.opsmith.core.Format;
import dev.opsmith.core.Notice;
import dev.opsmith.core.RelatedLocation;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.core.Span;
import dev.opsmith.core.ToolInfo;
import dev.opsmith.core.ScanResult;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * SARIF 2.1.0 as GitHub code scanning reads it: one run, rule descriptors with {@code security-severity}
 * for security rules, repository-relative URIs under {@code %SRCROOT%}, partial fingerprints, and
 * in-source suppressions. No timestamps, so the same scan gives the same bytes.
 */
public final class SarifReporter implements Reporter {
    public static final String SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
    public static final String SRCROOT = "%SRCROOT%";
    public static final String FINGERPRINT_KEY = "opsmith/v1";

    private static final Pattern SEMVER = Pattern.compile(
            "(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)"
                    + "(-((0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(\\.(0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?"
                    + "(\\+[0-9a-zA-Z-]+(\\.[0-9a-zA-Z-]+)*)?");

    @Override
    public void write(ScanResult result, Writer out) throws IOException {
        ReportJson.write(toJson(result), out);
    }

    public ObjectNode toJson(ScanResult result) {
        List<ObjectNode> descriptors = new ArrayList<>();
        Map<String, Integer> ruleIndex = new HashMap<>();
        for (RuleMeta meta : sortedRules(result.rules())) {
            if (ruleIndex.putIfAbsent(meta.id(), descriptors.size()) == null) descriptors.add(descriptor(meta));
        }
        // A finding whose rule has no metadata (should not happen) still gets a descriptor, so every
        // result's ruleIndex is valid.
        Map<String, Finding> orphans = new TreeMap<>();
        for (Finding f : result.findings()) {
            if (!ruleIndex.containsKey(f.ruleId())) orphans.putIfAbsent(f.ruleId(), f);
        }
        for (Finding f : orphans.values()) {
            ruleIndex.put(f.ruleId(), descriptors.size());
            descriptors.add(descriptor(f));
        }

        ObjectNode log = ReportJson.object();
        log.put("$schema", SCHEMA_URI);
        log.put("version", "2.1.0");
        ObjectNode run = log.putArray("runs").addObject();

        ObjectNode tool = run.putObject("tool");
        ObjectNode driver = tool.putObject("driver");
        ToolInfo info = result.tool();
        driver.put("name", info.name());
        driver.put("version", info.version());
        if (SEMVER.matcher(info.version()).matches()) driver.put("semanticVersion", info.version());
        driver.put("informationUri", info.informationUri());
        ArrayNode rules = driver.putArray("rules");
        descriptors.forEach(rules::add);
        if (!result.externalTools().isEmpty()) {
            ArrayNode extensions = tool.putArray("extensions");
            new TreeMap<>(result.externalTools()).forEach((name, version) -> {
                ObjectNode ext = extensions.addObject();
                ext.put("name", name);
                ext.put("version", version);
            });
        }

        ObjectNode invocation = run.putArray("invocations").addObject();
        invocation.put("executionSuccessful", true);
        if (!result.notices().isEmpty()) {
            ArrayNode notifications = invocation.putArray("toolExecutionNotifications");
            for (Notice notice : result.notices()) notifications.add(notification(result, notice));
        }

        run.putObject("originalUriBaseIds").putObject(SRCROOT).put("uri", rootUri(result.repositoryRoot()));
        run.put("columnKind", "utf16CodeUnits");

        ArrayNode results = run.putArray("results");
        for (Finding f : result.findings()) {
            results.add(result(result, f, ruleIndex.get(f.ruleId())));
        }
        return log;
    }

    private static List<RuleMeta> sortedRules(List<RuleMeta> rules) {
        List<RuleMeta> sorted = new ArrayList<>(rules);
        sorted.sort(Comparator.comparing(RuleMeta::id));
        return sorted;
    }

    private static ObjectNode descriptor(RuleMeta meta) {
        ObjectNode rule = ReportJson.object();
        rule.put("id", meta.id());
        rule.put("name", ruleName(meta.title(), meta.id()));
        String title = meta.title().isBlank() ? meta.id() : meta.title();
        rule.putObject("shortDescription").put("text", title);
        rule.putObject("fullDescription").put("text", meta.description().isBlank() ? title : meta.description());
        ObjectNode help = rule.putObject("help");
        help.put("text", helpText(meta));
        help.put("markdown", helpMarkdown(meta));
        rule.putObject("defaultConfiguration").put("level", level(meta.severity()));
        ObjectNode properties = rule.putObject("properties");
        Set<String> tags = new LinkedHashSet<>();
        tags.add(meta.category().id());
        for (Format format : meta.formats()) tags.add(format.id());
        if (meta.category() == Category.SECURITY) tags.add("security");
        tags.addAll(meta.compliance());
        properties.set("tags", ReportJson.strings(tags));
        properties.put("precision", "high");
        if (meta.category() == Category.SECURITY) {
            properties.put("security-severity", securitySeverity(meta.severity()));
        }
        return rule;
    }

    private static ObjectNode descriptor(Finding f) {
        ObjectNode rule = ReportJson.object();
        rule.put("id", f.ruleId());
        rule.put("name", ruleName(f.title(), f.ruleId()));
        String title = f.title() == null || f.title().isBlank() ? f.ruleId() : f.title();
        rule.putObject("shortDescription").put("text", title);
        rule.putObject("defaultConfiguration").put("level", level(f.severity()));
        ObjectNode properties = rule.putObject("properties");
        Set<String> tags = new LinkedHashSet<>();
        tags.add(f.category().id());
        if (f.category() == Category.SECURITY) tags.add("security");
        properties.set("tags", ReportJson.strings(tags));
        properties.put("precision", "high");
        if (f.category() == Category.SECURITY) properties.put("security-severity", securitySeverity(f.severity()));
        return rule;
    }

    private static ObjectNode result(ScanResult scan, Finding f, int index) {
        ObjectNode r = ReportJson.object();
        r.put("ruleId", f.ruleId());
        r.put("ruleIndex", index);
        r.put("level", level(f.severity()));
        r.putObject("message").put("text", nonEmpty(ReportJson.redacted(f, f.message()), f.title(), f.ruleId()));
        r.putArray("locations").addObject().set("physicalLocation", physicalLocation(scan, f.file(), f.span()));
        if (!f.relatedLocations().isEmpty()) {
            ArrayNode related = r.putArray("relatedLocations");
            int id = 0;
            for (RelatedLocation rel : f.relatedLocations()) {
                ObjectNode loc = related.addObject();
                loc.put("id", id++);
                loc.set("physicalLocation", physicalLocation(scan, rel.file(), rel.span()));
                loc.putObject("message").put("text", nonEmpty(ReportJson.redacted(f, rel.message()), "related location"));
            }
        }
        if (f.fingerprint() != null && !f.fingerprint().isEmpty()) {
            r.putObject("partialFingerprints").put(FINGERPRINT_KEY, f.fingerprint());
        }
        if (f.suppressed()) {
            ObjectNode suppression = r.putArray("suppressions").addObject();
            suppression.put("kind", "inSource");
            if (!f.justification().isEmpty()) {
                suppression.put("justification", ReportJson.redacted(f, f.justification()));
            }
        }
        if (!f.properties().isEmpty() || !f.contexts().isEmpty()) {
            ObjectNode properties = r.putObject("properties");
            new TreeMap<>(f.properties()).forEach((k, v) -> properties.put(k, ReportJson.redacted(f, v)));
            if (!f.contexts().isEmpty()) {
                ArrayNode contexts = properties.putArray("contexts");
                f.contexts().forEach(c -> contexts.add(ReportJson.redacted(f, c)));
            }
        }
        return r;
    }

    private static ObjectNode physicalLocation(ScanResult scan, String file, Span span) {
        ObjectNode physical = ReportJson.object();
        ObjectNode artifact = physical.putObject("artifactLocation");
        artifact.put("uri", uriReference(scan.repositoryPath(file)));
        artifact.put("uriBaseId", SRCROOT);
        ObjectNode region = physical.putObject("region");
        region.put("startLine", span.line());
        region.put("startColumn", span.column());
        region.put("endLine", span.endLine());
        region.put("endColumn", Math.max(1, span.endColumn()));
        return physical;
    }

    private static ObjectNode notification(ScanResult scan, Notice notice) {
        ObjectNode n = ReportJson.object();
        n.put("level", "warning");
        n.putObject("message").put("text", nonEmpty(notice.message(), "notice"));
        if (notice.file() != null && !notice.file().isEmpty()) {
            ObjectNode artifact = n.putArray("locations").addObject()
                    .putObject("physicalLocation").putObject("artifactLocation");
            artifact.put("uri", uriReference(scan.repositoryPath(notice.file())));
            artifact.put("uriBaseId", SRCROOT);
        }
        return n;
    }

    /** SARIF level: critical and high are errors, medium warnings, low and info notes. */
    static String level(Severity severity) {
        switch (severity) {
            case CRITICAL:
            case HIGH:
                return "error";
            case MEDIUM:
                return "warning";
            default:
                return "note";
        }
    }

    /** GitHub's {@code security-severity}: over 9 critical, 7 to 8.9 high, 4 to 6.9 medium, under 4 low. */
    static String securitySeverity(Severity severity) {
        switch (severity) {
            case CRITICAL: return "9.5";
            case HIGH: return "8.0";
            case MEDIUM: return "5.5";
            case LOW: return "3.0";
            default: return "1.0";
        }
    }

    /** A rule's CamelCase name from its title ({@code "Pin base image tags"} to {@code PinBaseImageTags}). */
    static String ruleName(String title, String id) {
        StringBuilder sb = new StringBuilder();
        for (String word : (title == null ? "" : title).split("[^A-Za-z0-9]+")) {
            if (word.isEmpty()) continue;
            sb.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        if (sb.length() == 0 || !Character.isLetter(sb.charAt(0))) {
            String fromId = id.replaceAll("[^A-Za-z0-9]", "");
            sb.insert(0, fromId.isEmpty() ? "Rule" : fromId);
        }
        return sb.toString();
    }

    private static String helpText(RuleMeta meta) {
        StringBuilder sb = new StringBuilder(meta.description().isBlank() ? meta.title() : meta.description());
        if (!meta.rationale().isBlank()) sb.append("\n\nWhy: ").append(meta.rationale());
        if (!meta.remediation().isBlank()) sb.append("\n\nHow to fix: ").append(meta.remediation());
        if (!meta.references().isEmpty()) {
            sb.append("\n\nReferences:");
            meta.references().forEach(ref -> sb.append("\n- ").append(ref));
        }
        return sb.toString();
    }

    private static String helpMarkdown(RuleMeta meta) {
        StringBuilder sb = new StringBuilder(meta.description().isBlank() ? meta.title() : meta.description());
        if (!meta.rationale().isBlank()) sb.append("\n\n## Why\n\n").append(meta.rationale());
        if (!meta.remediation().isBlank()) sb.append("\n\n## How to fix\n\n").append(meta.remediation());
        if (!meta.references().isEmpty()) {
            sb.append("\n\n## References\n");
            meta.references().forEach(ref -> sb.append("\n- <").append(ref).append('>'));
        }
        return sb.toString();
    }

    /** {@code file:///abs/root/}, with a trailing slash so that relative URIs resolve beneath it. */
    static String rootUri(Path root) {
        String uri = root.toAbsolutePath().normalize().toUri().toString();
        return uri.endsWith("/") ? uri : uri + "/";
    }

    /**
     * A relative path as a URI reference: each segment percent-encoded (RFC 3986 pchar), and a leading
     * {@code ./} where the first segment has a colon and would otherwise read as a scheme.
     */
    static String uriReference(String path) {
        StringBuilder sb = new StringBuilder();
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            boolean plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "-._~!$&'()*+,;=:@/".indexOf(c) >= 0;
            if (plain) sb.append((char) c);
            else sb.append('%').append(String.format(Locale.ROOT, "%02X", c));
        }
        String encoded = sb.toString();
        int colon = encoded.indexOf(':');
        int slash = encoded.indexOf('/');
        if (colon >= 0 && (slash < 0 || colon < slash)) encoded = "./" + encoded;
        return encoded;
    }

    private static String nonEmpty(String... candidates) {
        for (String c : candidates) {
            if (c != null && !c.isBlank()) return c;
        }
        return "-";
    }
}
