package dev.opsmith.format.compose;

import dev.opsmith.format.yaml.YamlEntry;
import dev.opsmith.format.yaml.YamlMapping;
import dev.opsmith.format.yaml.YamlNode;
import dev.opsmith.format.yaml.YamlSequence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * YAML merge keys ({@code <<: *defaults}), which Compose files use with {@code x-} fragments. The YAML 1.2 reading
 * keeps {@code <<} as a plain key; Compose (go-yaml v3) applies it, so we do: explicit keys win, then the merged
 * mappings in order. Merged entries keep their spans (the anchor's), as aliases do.
 */
final class MergeKeys {
    private MergeKeys() {
    }

    static YamlNode apply(YamlNode node) {
        if (node instanceof YamlSequence s) {
            List<YamlNode> items = new ArrayList<>(s.items().size());
            for (YamlNode i : s.items()) items.add(apply(i));
            return new YamlSequence(items, s.span(), s.pointer());
        }
        if (!(node instanceof YamlMapping m)) return node;
        Map<String, YamlEntry> byKey = new LinkedHashMap<>();
        List<YamlNode> merges = new ArrayList<>();
        for (YamlEntry e : m.entries()) {
            if (e.key().plain() && e.key().value().equals("<<")) {
                merges.add(e.value());
            } else {
                byKey.put(e.key().value(), new YamlEntry(e.key(), apply(e.value())));
            }
        }
        if (merges.isEmpty() && byKey.size() == m.entries().size()) {
            return new YamlMapping(new ArrayList<>(byKey.values()), m.span(), m.pointer());
        }
        for (YamlNode merge : merges) {
            List<YamlNode> sources = merge instanceof YamlSequence s ? s.items() : List.of(merge);
            for (YamlNode src : sources) {
                for (YamlEntry e : apply(src).entries()) byKey.putIfAbsent(e.key().value(), e);
            }
        }
        return new YamlMapping(new ArrayList<>(byKey.values()), m.span(), m.pointer());
    }
}
