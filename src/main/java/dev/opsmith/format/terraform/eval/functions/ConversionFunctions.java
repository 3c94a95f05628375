package dev.opsmith.format.terraform.eval.functions;

import dev.opsmith.format.terraform.value.Value;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code tostring}, {@code tonumber}, {@code tobool}, {@code tolist}, {@code toset} and {@code tomap}. A
 * collection needs one element type, so mixed primitives become strings (as Terraform unifies them) and mixing
 * primitives with collections is an error.
 */
final class ConversionFunctions {
    private ConversionFunctions() {
    }

    static List<FunctionSpec> specs() {
        return List.of(
                FunctionSpec.of("tostring", ConversionFunctions::toString, "v").withNulls(),
                FunctionSpec.of("tonumber", ConversionFunctions::toNumber, "v").withNulls(),
                FunctionSpec.of("tobool", ConversionFunctions::toBool, "v").withNulls(),
                FunctionSpec.of("tolist", a -> toCollection(a, false), "v").withNulls(),
                FunctionSpec.of("toset", a -> toCollection(a, true), "v").withNulls(),
                FunctionSpec.of("tomap", ConversionFunctions::toMap, "v").withNulls());
    }

    private static Value toString(Arguments a) {
        Value v = a.get(0);
        if (v.isNull()) return v;
        return Value.of(Conversions.asString(v).orElseThrow(
                () -> a.invalid(0, "cannot convert " + Conversions.typeName(v) + " to string")));
    }

    private static Value toNumber(Arguments a) {
        Value v = a.get(0);
        if (v.isNull()) return v;
        if (v.string().isPresent() && Conversions.asNumber(v).isEmpty()) {
            throw a.invalid(0, "cannot convert \"" + v.string().get() + "\" to number; given string must be a decimal representation of a number");
        }
        return Value.of(Conversions.asNumber(v).orElseThrow(
                () -> a.invalid(0, "cannot convert " + Conversions.typeName(v) + " to number")));
    }

    private static Value toBool(Arguments a) {
        Value v = a.get(0);
        if (v.isNull()) return v;
        if (v.string().isPresent() && Conversions.asBool(v).isEmpty()) {
            throw a.invalid(0, "cannot convert \"" + v.string().get() + "\" to bool; only the strings \"true\" or \"false\" are allowed");
        }
        return Value.of(Conversions.asBool(v).orElseThrow(
                () -> a.invalid(0, "cannot convert " + Conversions.typeName(v) + " to bool")));
    }

    private static Value toCollection(Arguments a, boolean set) {
        Value v = a.get(0);
        if (v.isNull()) return v;
        if (!v.isList()) throw a.invalid(0, "cannot convert " + Conversions.typeName(v) + " to " + (set ? "set" : "list") + " of any single type");
        List<Value> items = unify(a, v.items());
        return set ? Conversions.sortedSet(items) : Value.list(items);
    }

    private static Value toMap(Arguments a) {
        Value v = a.get(0);
        if (v.isNull()) return v;
        if (!v.isMap()) throw a.invalid(0, "cannot convert " + Conversions.typeName(v) + " to map of any single type");
        List<String> keys = new ArrayList<>(v.entries().keySet());
        List<Value> values = unify(a, v.entries().values());
        Map<String, Value> out = new LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) out.put(keys.get(i), values.get(i));
        return Conversions.sortedMap(out);
    }

    /** The items converted to one type: unchanged when they agree, strings when primitives of several kinds mix. */
    static List<Value> unify(Arguments a, Collection<Value> items) {
        boolean anyCollection = false;
        boolean anyPrimitive = false;
        java.util.Set<String> kinds = new java.util.HashSet<>();
        for (Value item : items) {
            if (item.isNull()) continue;
            kinds.add(Conversions.typeName(item));
            if (item.isList() || item.isMap()) anyCollection = true;
            else anyPrimitive = true;
        }
        if (anyCollection && anyPrimitive || kinds.contains("list") && kinds.contains("map")) {
            throw a.invalid(0, "all elements must have the same type");
        }
        if (kinds.size() <= 1 || anyCollection) return new ArrayList<>(items);
        List<Value> out = new ArrayList<>();
        for (Value item : items) out.add(item.isNull() ? item : Value.of(Conversions.asString(item).orElseThrow()));
        return out;
    }
}
