package dev.opsmith.format.terraform.eval;

import dev.opsmith.format.terraform.value.Value;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Terraform's automatic conversions between primitive types, used where an operator or a template needs a
 * particular type: a number or a bool becomes a string, a string holding a number becomes a number, and the
 * strings {@code "true"}/{@code "false"} become bools. Nothing else converts.
 */
final class Conversions {

    private Conversions() {
    }

    /** A short type description for messages, in Terraform's words. */
    static String typeName(Value v) {
        if (v.string().isPresent()) return "string";
        if (v.number().isPresent()) return "number";
        if (v.bool().isPresent()) return "bool";
        if (v.isNull()) return "null";
        if (v.isList()) return "tuple";
        if (v.isMap()) return "object";
        if (v.isUnknown()) return "unknown";
        if (v.isAbsent()) return "absent";
        return "error";
    }

    /** The text of a known primitive, as Terraform writes it into a string; empty for anything else. */
    static Optional<String> asString(Value v) {
        if (v.string().isPresent()) return v.string();
        if (v.number().isPresent()) return Optional.of(numberText(v.number().get()));
        if (v.bool().isPresent()) return Optional.of(v.bool().get().toString());
        return Optional.empty();
    }

    /** A number as Terraform prints it: no exponent, no trailing zeros. */
    static String numberText(BigDecimal number) {
        return number.signum() == 0 ? "0" : number.stripTrailingZeros().toPlainString();
    }

    /** The bool a known bool or the strings {@code "true"}/{@code "false"} stand for; empty for anything else. */
    static Optional<Boolean> asBool(Value v) {
        if (v.bool().isPresent()) return v.bool();
        if (v.string().isPresent()) {
            String s = v.string().get();
            if (s.equals("true")) return Optional.of(true);
            if (s.equals("false")) return Optional.of(false);
        }
        return Optional.empty();
    }

    /** {@code result} marked sensitive when any input is: what is computed from a secret is a secret. */
    static Value carrySensitivity(Value result, Collection<Value> inputs) {
        for (Value input : inputs) {
            if (input.isSensitive()) return result.markSensitive();
        }
        return result;
    }

    static Value carrySensitivity(Value result, Value... inputs) {
        return carrySensitivity(result, List.of(inputs));
    }

    /** The first error anywhere in {@code v} (itself, an item, an entry), so {@code try}/{@code can} see it. */
    static Optional<Value> firstError(Value v) {
        if (v.isError()) return Optional.of(v);
        if (v.isList()) {
            for (Value item : v.items()) {
                Optional<Value> e = firstError(item);
                if (e.isPresent()) return e;
            }
        } else if (v.isMap()) {
            for (Value item : v.entries().values()) {
                Optional<Value> e = firstError(item);
                if (e.isPresent()) return e;
            }
        }
        return Optional.empty();
    }

    /** An unknown value carrying the reasons of every unknown among {@code inputs}. */
    static Value unknownOf(Collection<Value> inputs) {
        List<Value> unknowns = new ArrayList<>();
        for (Value input : inputs) {
            if (!input.unknownReasons().isEmpty() || input.isUnknown()) unknowns.add(input);
        }
        return Value.unknownFrom(unknowns);
    }

    /** Map keys in the order Terraform iterates them: lexical. */
    static List<String> sortedKeys(Map<String, Value> entries) {
        List<String> keys = new ArrayList<>(entries.keySet());
        keys.sort(null);
        return keys;
    }
}
