package dev.opsmith.report;

import dev.opsmith.core.Finding;
import dev.opsmith.core.Span;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.Writer;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * The JSON style shared by every JSON output: two-space indent, {@code "key": value}, one array element
 * per line, {@code []} and {@code {}} for empty containers, {@code \n} line ends whatever the platform,
 * and a trailing newline.
 */
final class ReportJson {
    static final JsonMapper MAPPER = JsonMapper.builder().build();

    private static final ObjectWriter WRITER = MAPPER.writer().with(prettyPrinter());

    private ReportJson() {
    }

    private static DefaultPrettyPrinter prettyPrinter() {
        Separators separators = Separators.createDefaultInstance()
                .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        return new DefaultPrettyPrinter(separators).withObjectIndenter(indenter).withArrayIndenter(indenter);
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static ArrayNode array() {
        return MAPPER.createArrayNode();
    }

    /** Writes a tree without closing {@code out}. */
    static void write(JsonNode tree, Writer out) throws IOException {
        out.write(WRITER.writeValueAsString(tree));
        out.write('\n');
        out.flush();
    }

    static ArrayNode strings(Collection<String> values) {
        ArrayNode array = array();
        values.forEach(array::add);
        return array;
    }

    /** An object with the map's entries sorted by key. */
    static ObjectNode sortedStrings(Map<String, String> values) {
        ObjectNode node = object();
        new TreeMap<>(values).forEach(node::put);
        return node;
    }

    /** A finding's free text with its secrets masked; empty for null. */
    static String redacted(Finding finding, String text) {
        return text == null ? "" : finding.redact(text);
    }

    static void putSpan(ObjectNode node, Span span) {
        node.put("line", span.line());
        node.put("column", span.column());
        node.put("endLine", span.endLine());
        node.put("endColumn", span.endColumn());
    }
}
