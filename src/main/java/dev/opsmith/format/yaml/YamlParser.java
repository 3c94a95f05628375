package dev.opsmith.format.yaml;

import dev.opsmith.core.SourceFile;
import dev.opsmith.core.Span;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a YAML stream into {@link YamlNode} trees with exact spans. Aliases are expanded (each copy has its
 * own pointer, the anchor's span) within limits that stop alias bombs; YAML 1.1 merge keys ({@code <<}) are
 * applied in YAML 1.1 mode as Kubernetes' decoder does; duplicate keys are recorded, the last one winning.
 */
public final class YamlParser {
    /** Nodes one document may expand to, aliases included. */
    public static final int MAX_NODES = 1_000_000;
    /** Nesting depth of one document. */
    public static final int MAX_DEPTH = 500;

    private final SourceFile source;
    private final Resolution resolution;
    /** By span: an aliased or merged mapping is converted more than once but its duplicates are one problem. */
    private final Map<Span, DuplicateKey> duplicates = new LinkedHashMap<>();
    private int nodes;

    private YamlParser(SourceFile source, Resolution resolution) {
        this.source = source;
        this.resolution = resolution;
    }

    public static YamlFile parse(SourceFile source, Resolution resolution) throws YamlParseException {
        YamlParser p = new YamlParser(source, resolution);
        LoadSettings settings = LoadSettings.builder().setLabel(source.relativePath())
                .setMaxAliasesForCollections(10_000).setAllowRecursiveKeys(false)
                .setCodePointLimit(Integer.MAX_VALUE).build();
        List<YamlDocument> documents = new ArrayList<>();
        try {
            int index = 0;
            for (Node root : new Compose(settings).composeAllFromString(source.text())) {
                p.nodes = 0;
                documents.add(new YamlDocument(index++, p.convert(root, "", 0)));
            }
        } catch (MarkedYamlEngineException e) {
            Mark m = e.getProblemMark().or(e::getContextMark).orElse(null);
            Span at = m == null ? Span.of(1, 1, 1, 1) : point(m);
            String problem = e.getProblem() == null ? "not valid YAML" : e.getProblem();
            String context = e.getContext() == null ? "" : " (" + e.getContext() + ")";
            throw new YamlParseException("not valid YAML: " + problem + context, at);
        } catch (YamlEngineException e) {
            throw new YamlParseException("not valid YAML: " + e.getMessage(), Span.of(1, 1, 1, 1));
        } catch (LimitExceeded e) {
            throw new YamlParseException(e.getMessage(), e.span);
        }
        return new YamlFile(source, documents, new ArrayList<>(p.duplicates.values()));
    }

    private static final class LimitExceeded extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Span span;

        LimitExceeded(String message, Span span) {
            super(message, null, false, false);
            this.span = span;
        }
    }

    private YamlNode convert(Node node, String pointer, int depth) {
        Span span = span(node);
        if (++nodes > MAX_NODES) {
            throw new LimitExceeded("document expands to more than " + MAX_NODES + " nodes (alias bomb?); not scanned", span);
        }
        if (depth > MAX_DEPTH) {
            throw new LimitExceeded("document nests deeper than " + MAX_DEPTH + " levels (recursive alias?); not scanned", span);
        }
        if (node instanceof ScalarNode s) {
            Object value = s.isPlain() && s.isResolved() ? resolution.resolve(s.getValue()) : explicit(s);
            return new YamlScalar(s.getValue(), value, s.isPlain(), span, pointer);
        }
        if (node instanceof SequenceNode seq) {
            List<YamlNode> items = new ArrayList<>(seq.getValue().size());
            int i = 0;
            for (Node item : seq.getValue()) items.add(convert(item, pointer + "/" + i++, depth + 1));
            return new YamlSequence(items, span, pointer);
        }
        MappingNode map = (MappingNode) node;
        Map<String, YamlEntry> byKey = new LinkedHashMap<>();
        Map<String, Span> firstSeen = new HashMap<>();
        List<Node> merges = new ArrayList<>();
        for (NodeTuple t : map.getValue()) {
            Node keyNode = t.getKeyNode();
            if (resolution == Resolution.YAML_1_1 && keyNode instanceof ScalarNode k && k.isPlain()
                    && k.getValue().equals("<<")) {
                merges.add(t.getValueNode());
                continue;
            }
            String key = keyText(keyNode);
            String child = pointer + "/" + YamlPointers.escape(key);
            YamlScalar keyScalar = new YamlScalar(key, key, keyNode instanceof ScalarNode k2 && k2.isPlain(),
                    span(keyNode), child);
            if (firstSeen.containsKey(key)) {
                duplicates.putIfAbsent(keyScalar.span(), new DuplicateKey(key, child, keyScalar.span(), firstSeen.get(key)));
                byKey.remove(key); // the later one wins and takes the later place
            } else {
                firstSeen.put(key, keyScalar.span());
            }
            byKey.put(key, new YamlEntry(keyScalar, convert(t.getValueNode(), child, depth + 1)));
        }
        for (Node merge : merges) {
            List<Node> sources = merge instanceof SequenceNode s ? s.getValue() : List.of(merge);
            for (Node src : sources) {
                if (!(convert(src, pointer, depth + 1) instanceof YamlMapping m)) continue;
                for (YamlEntry e : m.entries()) {
                    if (byKey.containsKey(e.key().value())) continue; // explicit keys win over merged ones
                    byKey.put(e.key().value(), e);
                }
            }
        }
        return new YamlMapping(new ArrayList<>(byKey.values()), span, pointer);
    }

    /** A scalar with an explicit tag ({@code !!str 0644}) or quotes: its tag decides. */
    private Object explicit(ScalarNode s) {
        Tag tag = s.getTag();
        if (Tag.STR.equals(tag) || !s.isPlain()) return s.getValue();
        if (Tag.NULL.equals(tag) || Tag.BOOL.equals(tag) || Tag.INT.equals(tag) || Tag.FLOAT.equals(tag)) {
            return resolution.resolve(s.getValue());
        }
        return s.getValue();
    }

    private static String keyText(Node key) {
        if (key instanceof ScalarNode s) return s.getValue();
        return key.getNodeType().toString().toLowerCase(java.util.Locale.ROOT) + " key";
    }

    private static Span point(Mark m) {
        return Span.of(m.getLine() + 1, m.getColumn() + 1, m.getLine() + 1, m.getColumn() + 2);
    }

    /** The node's span, with trailing white space and line breaks that block nodes end on trimmed off. */
    private Span span(Node node) {
        Mark start = node.getStartMark().orElse(null);
        Mark end = node.getEndMark().orElse(start);
        if (start == null) return Span.of(1, 1, 1, 1);
        int from = source.offset(start.getLine() + 1, start.getColumn() + 1);
        int to = Math.max(from, source.offset(end.getLine() + 1, end.getColumn() + 1));
        String text = source.text();
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) to--;
        return source.span(from, to);
    }
}
