package dev.opsmith.format.yaml;

import dev.opsmith.core.Span;

import java.util.List;

public record YamlSequence(List<YamlNode> items, Span span, String pointer) implements YamlNode {
    public YamlSequence {
        items = List.copyOf(items);
    }

    @Override
    public YamlNode get(int index) {
        return index >= 0 && index < items.size() ? items.get(index)
                : new YamlMissing(pointer + "/" + index, span, YamlMissing.Reason.ABSENT);
    }
}
