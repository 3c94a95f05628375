package dev.opsmith.format.compose;

import dev.opsmith.core.Span;
import dev.opsmith.format.yaml.YamlEntry;
import dev.opsmith.format.yaml.YamlMapping;
import dev.opsmith.format.yaml.YamlMissing;
import dev.opsmith.format.yaml.YamlNode;
import dev.opsmith.format.yaml.YamlScalar;
import dev.opsmith.format.yaml.YamlSequence;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A value of the merged Compose model: the YAML nodes that the project's files (base, then override) wrote at one
 * path, each with its file. Merging follows the Compose specification: mappings merge key by key, sequences
 * append, scalars are replaced by the later file; {@code command}, {@code entrypoint} and {@code healthcheck.test}
 * are replaced whole; {@code !reset} clears earlier values and {@code !override} replaces them.
 * Navigation never returns null: an absent value is a node without layers whose span is its parent's.
 */
public final class ComposeNode implements Located {
    /** One file's contribution: its node, the key it was written under (null for items and roots), the file. */
    public record Layer(YamlScalar key, YamlNode node, ComposeFile file) implements Located {
        @Override
        public Span span() {
            return node.span();
        }

        /** The whole {@code key: value}, or the node for items. */
        public Span entrySpan() {
            return key == null ? node.span() : key.span().union(node.span());
        }
    }

    private static final Set<String> REPLACED = Set.of("command", "entrypoint");

    private final String name;
    private final List<Layer> layers;
    private final Located parent;
    private final Interpolation env;

    ComposeNode(String name, List<Layer> layers, Located parent, Interpolation env) {
        this.name = name;
        this.layers = List.copyOf(layers);
        this.parent = parent;
        this.env = env;
    }

    /** The key this value was read under ({@code privileged}); empty for sequence items and the root. */
    public String name() {
        return name;
    }

    /** Every file's contribution in merge order; empty when absent. */
    public List<Layer> layers() {
        return layers;
    }

    public boolean present() {
        return !layers.isEmpty();
    }

    /** The contribution written in the scanned file, if any. */
    public Optional<Layer> localLayer() {
        for (int i = layers.size() - 1; i >= 0; i--) if (layers.get(i).local()) return Optional.of(layers.get(i));
        return Optional.empty();
    }

    /** The effective node: the last file's (a {@link YamlMissing} when absent). */
    public YamlNode node() {
        return present() ? last().node() : new YamlMissing("", parent.span(), YamlMissing.Reason.ABSENT);
    }

    /** Where the effective value is written; for an absent value, where its parent is. */
    @Override
    public Span span() {
        return present() ? last().node().span() : parent.span();
    }

    /** The file of the effective value (of the parent when absent). */
    @Override
    public ComposeFile file() {
        return present() ? last().file() : parent.file();
    }

    /** The whole {@code key: value} of the effective value (its node for items; the parent's span when absent). */
    public Span entrySpan() {
        return present() ? last().entrySpan() : parent.span();
    }

    /** The key's span of the effective value (its node for items; the parent's span when absent). */
    public Span keySpan() {
        return present() ? (last().key() == null ? last().node().span() : last().key().span()) : parent.span();
    }

    private Layer last() {
        return layers.get(layers.size() - 1);
    }

    public boolean isMapping() {
        return present() && last().node() instanceof YamlMapping;
    }

    public boolean isSequence() {
        return present() && last().node() instanceof YamlSequence;
    }

    public boolean isScalar() {
        return present() && last().node() instanceof YamlScalar s && !s.isNull();
    }

    /** A present value written as null ({@code privileged:}, {@code ~}). */
    public boolean isNull() {
        return present() && last().node().isNull();
    }

    /** A scalar's text as written, before interpolation; empty for other nodes and null. */
    public Optional<String> text() {
        return isScalar() ? Optional.of(((YamlScalar) last().node()).value()) : Optional.empty();
    }

    /** The scalar after interpolation; empty when unresolved, absent, null, or not a scalar. */
    public Optional<String> resolved() {
        return text().map(env::resolve).filter(r -> !r.unresolved()).map(Interpolation.Result::value);
    }

    /**
     * The scalar after interpolation with unresolved references kept as written ({@code ${SOCK_DIR}/docker.sock}),
     * for rules that judge only a literal part; empty for absent, null and non-scalar values.
     */
    public Optional<String> interpolated() {
        return text().map(t -> env.resolve(t).value());
    }

    /** Whether the scalar uses a variable that neither {@code .env} nor a default supplies: rules skip it. */
    public boolean isUnresolved() {
        return text().map(t -> env.resolve(t).unresolved()).orElse(false);
    }

    /** A boolean as Compose casts it after interpolation: {@code true}/{@code yes}/{@code y}/{@code on} and their negatives. */
    public Optional<Boolean> bool() {
        return resolved().map(ComposeNode::toBoolean).flatMap(Optional::ofNullable);
    }

    static Boolean toBoolean(String s) {
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "y", "on" -> Boolean.TRUE;
            case "false", "no", "n", "off" -> Boolean.FALSE;
            default -> null;
        };
    }

    /** An integer after interpolation. */
    public Optional<Long> integer() {
        return resolved().flatMap(s -> {
            try {
                return Optional.of(Long.parseLong(s.strip()));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }

    /** The merged value under {@code key} of the mapping layers. */
    public ComposeNode get(String key) {
        List<Layer> out = new ArrayList<>();
        for (Layer l : layers) {
            if (!(l.node() instanceof YamlMapping m)) continue;
            YamlEntry e = m.entry(key);
            if (e == null) continue;
            String tag = tag(e.value(), l.file());
            if (tag.equals("!reset")) {
                out.clear();
                continue;
            }
            if (tag.equals("!override") || replacedWhole(key)) out.clear();
            out.add(new Layer(e.key(), e.value(), l.file()));
        }
        return new ComposeNode(key, out, this, env);
    }

    /** Follows keys in turn. */
    public ComposeNode path(String... keys) {
        ComposeNode n = this;
        for (String k : keys) n = n.get(k);
        return n;
    }

    private boolean replacedWhole(String key) {
        return REPLACED.contains(key) || (key.equals("test") && name.equals("healthcheck"));
    }

    /**
     * The items of every file's sequence, appended in merge order; a non-null scalar counts as one item
     * (Compose's "string or list" attributes). Unique resources (ports, volumes) are de-duplicated by the typed views.
     */
    public List<ComposeNode> items() {
        List<ComposeNode> out = new ArrayList<>();
        for (Layer l : layers) {
            if (l.node() instanceof YamlSequence s) {
                for (YamlNode item : s.items()) out.add(new ComposeNode("", List.of(new Layer(null, item, l.file())), l, env));
            } else if (l.node() instanceof YamlScalar s && !s.isNull()) {
                out.add(new ComposeNode("", List.of(new Layer(null, s, l.file())), l, env));
            }
        }
        return out;
    }

    /** The keys of every file's mapping, in order of first appearance. */
    public List<String> keys() {
        Set<String> out = new LinkedHashSet<>();
        for (Layer l : layers) for (YamlEntry e : l.node().entries()) out.add(e.key().value());
        return List.copyOf(out);
    }

    /** The merged value of each key (see {@link #keys()}), skipping keys that {@code !reset} removed. */
    public List<ComposeNode> entries() {
        List<ComposeNode> out = new ArrayList<>();
        for (String k : keys()) {
            ComposeNode v = get(k);
            if (v.present()) out.add(v);
        }
        return out;
    }

    Interpolation interpolation() {
        return env;
    }

    /** Compose's merge tags ({@code !reset}, {@code !override}): the node's text starts with them. */
    static String tag(YamlNode node, ComposeFile file) {
        String text = file.source().text(node.span());
        if (text.startsWith("!reset")) return "!reset";
        if (text.startsWith("!override")) return "!override";
        return "";
    }

    @Override
    public String toString() {
        return "ComposeNode[" + name + ", " + layers.size() + " layers]";
    }
}
