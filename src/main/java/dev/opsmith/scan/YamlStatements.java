package dev.opsmith.scan;

import dev.opsmith.format.yaml.YamlDocument;
import dev.opsmith.format.yaml.YamlEntry;
import dev.opsmith.format.yaml.YamlFile;
import dev.opsmith.format.yaml.YamlNode;

/** The statement a line starts in YAML, shared by the YAML-based handlers (Kubernetes, Compose). */
final class YamlStatements {
    private YamlStatements() {
    }

    /**
     * Last line of the outermost node or entry that starts on {@code line}, so a pragma before
     * {@code - name: api} covers the whole container; {@code line} itself when nothing starts there.
     */
    static int end(YamlFile yaml, int line) {
        int end = line;
        for (YamlDocument doc : yaml.documents()) end = Math.max(end, endOfOutermostStartingAt(doc.root(), line));
        return end;
    }

    private static int endOfOutermostStartingAt(YamlNode node, int line) {
        if (node.span().line() == line) return node.span().endLine();
        if (node.span().line() > line || node.span().endLine() < line) return line;
        for (YamlEntry e : node.entries()) {
            if (e.key().span().line() == line) return e.span().endLine();
            int inner = endOfOutermostStartingAt(e.value(), line);
            if (inner != line) return inner;
        }
        for (YamlNode item : node.items()) {
            int inner = endOfOutermostStartingAt(item, line);
            if (inner != line) return inner;
        }
        return line;
    }
}
