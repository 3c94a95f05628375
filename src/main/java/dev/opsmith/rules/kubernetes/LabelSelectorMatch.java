package dev.opsmith.rules.kubernetes;

import dev.opsmith.format.yaml.YamlNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Evaluates a Kubernetes {@code LabelSelector} ({@code matchLabels} and {@code matchExpressions}) against a set of
 * labels, the way the API server does. Answers empty when the selector cannot be judged: template syntax, an
 * unknown operator, or a shape the API would reject.
 */
final class LabelSelectorMatch {
    private LabelSelectorMatch() {
    }

    /** True when {@code selector} selects pods carrying {@code labels}; an empty selector ({@code {}}) selects all. */
    static Optional<Boolean> matches(YamlNode selector, Map<String, String> labels) {
        if (!selector.isMapping()) return Optional.empty();
        boolean result = true;
        for (var e : selector.get("matchLabels").entries()) {
            Optional<String> value = e.value().text();
            if (value.isEmpty() || templated(e.key().value()) || templated(value.get())) return Optional.empty();
            if (!value.get().equals(labels.get(e.key().value()))) result = false;
        }
        for (YamlNode expression : selector.get("matchExpressions").items()) {
            Optional<Boolean> one = expression(expression, labels);
            if (one.isEmpty()) return Optional.empty();
            if (!one.get()) result = false;
        }
        return Optional.of(result);
    }

    /** True when the selector has no requirement at all (it then selects every pod). */
    static boolean isEmpty(YamlNode selector) {
        return selector.get("matchLabels").entries().isEmpty() && selector.get("matchExpressions").items().isEmpty();
    }

    private static Optional<Boolean> expression(YamlNode expression, Map<String, String> labels) {
        Optional<String> key = expression.get("key").text();
        Optional<String> operator = expression.get("operator").text();
        if (key.isEmpty() || operator.isEmpty() || templated(key.get())) return Optional.empty();
        List<String> values = new ArrayList<>();
        for (YamlNode v : expression.get("values").items()) {
            Optional<String> text = v.text();
            if (text.isEmpty() || templated(text.get())) return Optional.empty();
            values.add(text.get());
        }
        String actual = labels.get(key.get());
        return switch (operator.get()) {
            case "In" -> Optional.of(actual != null && values.contains(actual));
            case "NotIn" -> Optional.of(actual == null || !values.contains(actual));
            case "Exists" -> Optional.of(actual != null);
            case "DoesNotExist" -> Optional.of(actual == null);
            default -> Optional.empty();
        };
    }

    static boolean templated(String text) {
        return text.contains("{{");
    }
}
