package dev.opsmith.rules.kubernetes;

import dev.opsmith.format.yaml.YamlEntry;
import dev.opsmith.format.yaml.YamlNode;
import dev.opsmith.format.yaml.YamlScalar;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A label selector read from its YAML: {@code matchLabels} and {@code matchExpressions} of a LabelSelector, or the
 * flat map of a Service selector. Shared by the dangling-selector rules (K8S147, K8S149, K8S150, K8S152, K8S154).
 *
 * @param labels      required label values
 * @param expressions {@code matchExpressions} items
 * @param templated   true when a key or value still holds template syntax, so the selector is not judged
 */
record SelectorExpression(Map<String, String> labels, List<Requirement> expressions, boolean templated) {

    /** One {@code matchExpressions} item. */
    record Requirement(String key, String operator, List<String> values) {
        boolean matches(Map<String, String> podLabels) {
            String value = podLabels.get(key);
            return switch (operator) {
                case "In" -> value != null && values.contains(value);
                case "NotIn" -> value == null || !values.contains(value);
                case "Exists" -> value != null;
                case "DoesNotExist" -> value == null;
                default -> true; // an unknown operator is the schema rules' business; do not guess
            };
        }
    }

    /** A LabelSelector ({@code matchLabels} + {@code matchExpressions}). */
    static SelectorExpression labelSelector(YamlNode node) {
        Map<String, String> labels = flat(node.get("matchLabels"));
        boolean templated = labels.entrySet().stream().anyMatch(e -> isTemplated(e.getKey()) || isTemplated(e.getValue()));
        List<Requirement> expressions = new ArrayList<>();
        for (YamlNode item : node.get("matchExpressions").items()) {
            String key = item.get("key").text().orElse("");
            String operator = item.get("operator").text().orElse("");
            List<String> values = new ArrayList<>();
            for (YamlNode v : item.get("values").items()) values.add(v instanceof YamlScalar s ? s.value() : "");
            templated |= isTemplated(key) || isTemplated(operator) || values.stream().anyMatch(SelectorExpression::isTemplated);
            expressions.add(new Requirement(key, operator, values));
        }
        return new SelectorExpression(labels, expressions, templated);
    }

    /** A Service's (or ReplicationController's) flat selector map. */
    static SelectorExpression flatSelector(YamlNode node) {
        Map<String, String> labels = flat(node);
        boolean templated = labels.entrySet().stream().anyMatch(e -> isTemplated(e.getKey()) || isTemplated(e.getValue()));
        return new SelectorExpression(labels, List.of(), templated);
    }

    /** True when the selector has no requirement (a LabelSelector {@code {}} selects every pod). */
    boolean isEmpty() {
        return labels.isEmpty() && expressions.isEmpty();
    }

    /** True when the pod labels satisfy every requirement. */
    boolean matches(Map<String, String> podLabels) {
        for (Map.Entry<String, String> e : labels.entrySet()) {
            if (!e.getValue().equals(podLabels.get(e.getKey()))) return false;
        }
        for (Requirement r : expressions) {
            if (!r.matches(podLabels)) return false;
        }
        return true;
    }

    static boolean isTemplated(String text) {
        return text.contains("{{");
    }

    /** Every scalar entry of a mapping, its value as written (numbers and booleans included, as labels are strings). */
    private static Map<String, String> flat(YamlNode node) {
        Map<String, String> out = new LinkedHashMap<>();
        for (YamlEntry e : node.entries()) {
            if (e.value() instanceof YamlScalar s) out.put(e.key().value(), s.value());
        }
        return out;
    }

    /** The selector of a Service, for messages: {@code app=ledger,tier=api}. */
    String shown() {
        List<String> parts = new ArrayList<>();
        labels.forEach((k, v) -> parts.add(k + "=" + v));
        for (Requirement r : expressions) parts.add(r.key() + " " + r.operator() + (r.values().isEmpty() ? "" : " " + r.values()));
        return String.join(",", parts);
    }
}
