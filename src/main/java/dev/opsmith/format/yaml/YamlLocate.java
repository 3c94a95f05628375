package dev.opsmith.format.yaml;

import dev.opsmith.core.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Finds the node at a position: how a finding's span in rendered output becomes a key path to look for elsewhere. */
public final class YamlLocate {
    private YamlLocate() {
    }

    /** The document whose root contains {@code line}, if any. */
    public static Optional<YamlDocument> document(YamlFile file, int line) {
        for (YamlDocument d : file.documents()) {
            Span s = d.root().span();
            if (line >= s.line() && line <= s.endLine()) return Optional.of(d);
        }
        return Optional.empty();
    }

    /**
     * The deepest node that starts at or contains {@code span}'s start. A position on a mapping key means that
     * entry's value; a position on a mapping that is a sequence item means its first entry (so a finding on a
     * whole container maps to the container's first line, where its {@code - name:} is).
     */
    public static YamlNode at(YamlNode root, Span span) {
        YamlNode node = root;
        while (true) {
            YamlNode next = null;
            for (YamlEntry e : node.entries()) {
                if (contains(e.key().span(), span) || contains(e.value().span(), span)) {
                    next = e.value();
                    break;
                }
            }
            if (next == null) {
                for (YamlNode item : node.items()) {
                    if (contains(item.span(), span)) {
                        next = item;
                        break;
                    }
                }
            }
            if (next == null || next == node) return node;
            node = next;
        }
    }

    /** The mapping keys of a pointer, without sequence indexes: {@code /spec/containers/0/image} → spec, containers, image. */
    public static List<String> keys(String pointer) {
        List<String> out = new ArrayList<>();
        if (pointer.isEmpty()) return out;
        for (String part : pointer.substring(1).split("/", -1)) {
            if (!part.isEmpty() && part.chars().allMatch(Character::isDigit)) continue;
            out.add(part.replace("~1", "/").replace("~0", "~"));
        }
        return out;
    }

    private static boolean contains(Span outer, Span inner) {
        long pos = (long) inner.line() << 20 | inner.column();
        long start = (long) outer.line() << 20 | outer.column();
        long end = (long) outer.endLine() << 20 | outer.endColumn();
        return pos == start || pos > start && pos < end;
    }
}
