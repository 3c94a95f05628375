package dev.opsmith.report;

import dev.opsmith.core.Finding;
import dev.opsmith.core.Notice;
import dev.opsmith.core.RelatedLocation;
import dev.opsmith.core.Severity;
import dev.opsmith.core.ScanResult;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import java.util.TreeMap;

/**
 * opsmith's own JSON output. Other tools parse it: the keys, their order and their meaning are a contract
 * (see the README), so change it only by adding keys.
 */
public final class JsonReporter implements Reporter {

    @Override
    public void write(ScanResult result, Writer out) throws IOException {
        ReportJson.write(toJson(result), out);
    }

    /** The report as a tree, for callers that embed it (the MCP server). */
    public ObjectNode toJson(ScanResult result) {
        ObjectNode root = ReportJson.object();

        ObjectNode tool = root.putObject("tool");
        tool.put("name", result.tool().name());
        tool.put("version", result.tool().version());
        tool.put("rulesetVersion", result.tool().rulesetVersion());
        tool.set("externalTools", ReportJson.sortedStrings(result.externalTools()));

        root.put("root", result.root());

        ArrayNode findings = root.putArray("findings");
        for (Finding finding : result.findings()) {
            findings.add(finding(finding));
        }

        ArrayNode notices = root.putArray("notices");
        for (Notice notice : result.notices()) {
            ObjectNode n = notices.addObject();
            n.put("file", notice.file());
            n.put("message", notice.message());
        }

        ObjectNode summary = root.putObject("summary");
        summary.put("files", result.files());
        summary.put("findings", result.unsuppressedCount());
        ObjectNode bySeverity = summary.putObject("bySeverity");
        for (Map.Entry<Severity, Integer> e : result.bySeverity().entrySet()) {
            bySeverity.put(e.getKey().id(), e.getValue());
        }
        summary.put("suppressed", result.suppressedCount());
        summary.put("parseErrors", result.parseErrors());
        summary.put("durationMs", result.durationMs());
        return root;
    }

    private static ObjectNode finding(Finding f) {
        ObjectNode node = ReportJson.object();
        node.put("ruleId", f.ruleId());
        node.put("severity", f.severity().id());
        node.put("category", f.category().id());
        node.put("title", ReportJson.redacted(f, f.title()));
        node.put("message", ReportJson.redacted(f, f.message()));
        node.put("file", f.file());
        ReportJson.putSpan(node, f.span());
        node.put("fingerprint", f.fingerprint());
        node.set("compliance", ReportJson.strings(f.compliance()));
        node.put("suppressed", f.suppressed());
        if (f.suppressed()) {
            node.put("justification", ReportJson.redacted(f, f.justification()));
        }
        ArrayNode contexts = node.putArray("contexts");
        f.contexts().forEach(c -> contexts.add(ReportJson.redacted(f, c)));
        ArrayNode related = node.putArray("relatedLocations");
        for (RelatedLocation r : f.relatedLocations()) {
            ObjectNode rel = related.addObject();
            rel.put("file", r.file());
            ReportJson.putSpan(rel, r.span());
            rel.put("message", ReportJson.redacted(f, r.message()));
        }
        ObjectNode properties = node.putObject("properties");
        new TreeMap<>(f.properties()).forEach((k, v) -> properties.put(k, ReportJson.redacted(f, v)));
        return node;
    }
}
