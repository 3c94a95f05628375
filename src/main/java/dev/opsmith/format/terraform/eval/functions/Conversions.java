package dev.opsmith.format.terraform.eval.functions;

import dev.opsmith.format.terraform.value.Value;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Terraform's automatic conversions between primitive types (a number or bool where a string is wanted, a string
 * where a number or bool is wanted) and the canonical text of a number. The value model keeps no static types, so
 * a set, a list and a tuple are all lists, and a map and an object are both maps; what differs between them in
 * Terraform's output (sets sorted, map keys sorted) is restored by {@link #sortedSet} and {@link #sortedMap}.
 */
final class Conversions {
    private Conversions() {
    }

    /** The text Terraform gives a number: plain decimal, no exponent, no trailing zeros. */
    static String numberText(BigDecimal number) {
        return number.signum() == 0 ? "0" : number.stripTrailingZeros().toPlainString();
    }

    /** The value as a string when Terraform would convert it to one; empty for collections and null. */
    static Optional<String> asString(Value value) {
        if (value.string().isPresent()) return value.string();
        if (value.number().isPresent()) return Optional.of(numberText(value.number().get()));
        if (value.bool().isPresent()) return Optional.of(value.bool().get().toString());
        return Optional.empty();
    }

    /** The value as a number when Terraform would convert it to one (a string holding a decimal number). */
    static Optional<BigDecimal> asNumber(Value value) {
        if (value.number().isPresent()) return value.number();
        Optional<String> text = value.string();
        if (text.isEmpty()) return Optional.empty();
        return parseNumber(text.get());
    }

    static Optional<BigDecimal> parseNumber(String text) {
        if (text.isEmpty() || !text.matches("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?")) return Optional.empty();
        try {
            return Optional.of(new BigDecimal(text.startsWith("+") ? text.substring(1) : text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The value as a bool when Terraform would convert it to one (the strings "true" and "false"). */
    static Optional<Boolean> asBool(Value value) {
        if (value.bool().isPresent()) return value.bool();
        Optional<String> text = value.string();
        if (text.isPresent() && text.get().equals("true")) return Optional.of(true);
        if (text.isPresent() && text.get().equals("false")) return Optional.of(false);
        return Optional.empty();
    }

    /** What kind of value this is, in Terraform's words, for messages. */
    static String typeName(Value value) {
        if (value.isNull()) return "null";
        if (value.string().isPresent()) return "string";
        if (value.number().isPresent()) return "number";
        if (value.bool().isPresent()) return "bool";
        if (value.isList()) return "list";
        if (value.isMap()) return "map";
        return "dynamic";
    }

    /**
     * The items as Terraform would hold them in a set: duplicates removed and in the order Terraform iterates
     * sets (strings lexically, numbers numerically); other kinds keep their first-seen order.
     */
    static Value sortedSet(List<Value> items) {
        List<Value> unique = new ArrayList<>(new LinkedHashSet<>(items));
        if (unique.stream().allMatch(v -> v.string().isPresent())) {
            unique.sort(Comparator.comparing(v -> v.string().get()));
        } else if (unique.stream().allMatch(v -> v.number().isPresent())) {
            unique.sort(Comparator.comparing(v -> v.number().get()));
        }
        return Value.list(unique);
    }

    /** A map with its keys in lexical order, the order Terraform iterates maps and objects in. */
    static Value sortedMap(Map<String, Value> entries) {
        return Value.map(new TreeMap<>(entries));
    }

    /** True when the value or anything under it is marked sensitive. */
    static boolean containsSensitive(Value value) {
        if (value.isSensitive()) return true;
        for (Value item : value.items()) {
            if (containsSensitive(item)) return true;
        }
        for (Value item : value.entries().values()) {
            if (containsSensitive(item)) return true;
        }
        return false;
    }

    /** The first error under the value, if any. */
    static Optional<Value> firstError(Value value) {
        if (value.isError()) return Optional.of(value);
        for (Value item : value.items()) {
            Optional<Value> error = firstError(item);
            if (error.isPresent()) return error;
        }
        for (Value item : value.entries().values()) {
            Optional<Value> error = firstError(item);
            if (error.isPresent()) return error;
        }
        return Optional.empty();
    }
}
