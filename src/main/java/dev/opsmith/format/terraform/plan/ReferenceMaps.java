package dev.opsmith.format.terraform.plan;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Immutable copies of attribute → references maps that keep the configuration's order. */
final class ReferenceMaps {
    private ReferenceMaps() {
    }

    static Map<String, List<String>> copy(Map<String, List<String>> references) {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        references.forEach((attribute, list) -> copy.put(attribute, List.copyOf(list)));
        return Collections.unmodifiableMap(copy);
    }
}
