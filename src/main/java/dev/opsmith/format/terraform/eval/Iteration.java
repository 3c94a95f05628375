package dev.opsmith.format.terraform.eval;

import dev.opsmith.format.terraform.value.Value;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** How {@code for} expressions and {@code %{for}} walk a collection: lists by index, maps by key in lexical order. */
final class Iteration {

    private Iteration() {
    }

    /** The (key, value) pairs of a known list or map; empty when the value is not a collection. */
    static Optional<List<Map.Entry<Value, Value>>> pairs(Value collection) {
        List<Map.Entry<Value, Value>> pairs = new ArrayList<>();
        if (collection.isList()) {
            List<Value> items = collection.items();
            for (int i = 0; i < items.size(); i++) {
                pairs.add(new AbstractMap.SimpleImmutableEntry<>(ExpressionEvaluator.indexValue(i), items.get(i)));
            }
        } else if (collection.isMap()) {
            Map<String, Value> entries = collection.entries();
            for (String key : Conversions.sortedKeys(entries)) {
                pairs.add(new AbstractMap.SimpleImmutableEntry<>(Value.of(key), entries.get(key)));
            }
        } else {
            return Optional.empty();
        }
        return Optional.of(pairs);
    }
}
