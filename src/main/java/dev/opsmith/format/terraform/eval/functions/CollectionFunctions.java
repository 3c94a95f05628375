package dev.opsmith.format.terraform.eval.functions;

import dev.opsmith.format.terraform.value.Value;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Terraform's collection functions. Functions that only rearrange items ({@code concat}, {@code merge},
 * {@code keys}, {@code slice}, …) keep unknown items as unknown items of a known result, as Terraform does;
 * functions that compare or inspect items need them known.
 */
final class CollectionFunctions {
    private static final int MAX_RANGE = 1024 * 1024;

    private CollectionFunctions() {
    }

    static List<FunctionSpec> specs() {
        return List.of(
                FunctionSpec.of("length", CollectionFunctions::length, "value").withUnknowns(),
                FunctionSpec.of("concat", CollectionFunctions::concat, "seqs").repeatingLast().withUnknownItems(),
                FunctionSpec.of("contains", a -> Value.of(a.list(0).contains(a.get(1))), "list", "value").withNulls(),
                FunctionSpec.of("distinct", a -> Value.list(new ArrayList<>(new LinkedHashSet<>(a.list(0)))), "list"),
                FunctionSpec.of("element", CollectionFunctions::element, "list", "index").withUnknownItems(),
                FunctionSpec.of("flatten", a -> Value.list(flatten(a, a.list(0), new ArrayList<>())), "list"),
                FunctionSpec.of("index", CollectionFunctions::index, "list", "value"),
                FunctionSpec.of("keys", a -> Value.list(new ArrayList<>(sortedKeys(a.map(0)).stream().map(Value::of).toList())),
                        "inputMap").withUnknownItems(),
                FunctionSpec.of("values", a -> Value.list(new ArrayList<>(new TreeMap<>(a.map(0)).values())), "mapping").withUnknownItems(),
                FunctionSpec.of("lookup", CollectionFunctions::lookup, "inputMap", "key", "default").repeatingLast().withUnknownItems().withNulls(),
                FunctionSpec.of("merge", CollectionFunctions::merge, "maps").repeatingLast().withUnknownItems().withNulls(),
                FunctionSpec.of("one", CollectionFunctions::one, "list").withUnknownItems(),
                FunctionSpec.of("range", CollectionFunctions::range, "params").repeatingLast(),
                FunctionSpec.of("reverse", a -> Value.list(reversed(a.list(0))), "list").withUnknownItems(),
                FunctionSpec.of("setintersection", a -> setOperation(a, "intersection"), "first_set", "other_sets").repeatingLast(),
                FunctionSpec.of("setunion", a -> setOperation(a, "union"), "first_set", "other_sets").repeatingLast(),
                FunctionSpec.of("setsubtract", a -> setOperation(a, "subtract"), "a", "b"),
                FunctionSpec.of("setproduct", CollectionFunctions::setProduct, "sets").repeatingLast(),
                FunctionSpec.of("slice", CollectionFunctions::slice, "list", "start_index", "end_index").withUnknownItems(),
                FunctionSpec.of("sort", CollectionFunctions::sort, "list"),
                FunctionSpec.of("sum", CollectionFunctions::sum, "list"),
                FunctionSpec.of("transpose", CollectionFunctions::transpose, "values"),
                FunctionSpec.of("zipmap", CollectionFunctions::zipmap, "keys", "values").withUnknownItems(),
                FunctionSpec.of("coalesce", CollectionFunctions::coalesce, "vals").repeatingLast().withNulls(),
                FunctionSpec.of("coalescelist", CollectionFunctions::coalesceList, "vals").repeatingLast().withUnknownItems(),
                FunctionSpec.of("compact", CollectionFunctions::compact, "list").withNulls(),
                FunctionSpec.of("chunklist", CollectionFunctions::chunkList, "list", "size").withUnknownItems(),
                FunctionSpec.of("matchkeys", CollectionFunctions::matchKeys, "values", "keys", "searchset"),
                FunctionSpec.of("alltrue", a -> allOrAny(a, true), "list"),
                FunctionSpec.of("anytrue", a -> allOrAny(a, false), "list"));
    }

    private static Value length(Arguments a) {
        Value value = a.get(0);
        if (value.isUnknown()) return value;
        if (value.string().isPresent()) return Value.of(StringFunctions.graphemes(value.string().get()).size());
        if (value.isList()) return Value.of(value.items().size());
        if (value.isMap()) return Value.of(value.entries().size());
        if (value.isNull()) throw a.invalid(0, "argument must not be null");
        throw a.invalid(0, "argument must be a string, a collection type, or a structural type");
    }

    private static Value concat(Arguments a) {
        if (a.size() == 0) throw a.failed("at least one argument is required");
        List<Value> out = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) out.addAll(a.list(i));
        return Value.list(out);
    }

    private static Value element(Arguments a) {
        List<Value> items = a.list(0);
        int index = a.integer(1);
        if (items.isEmpty()) throw a.failed("cannot use element function with an empty list");
        return items.get(Math.floorMod(index, items.size()));
    }

    private static List<Value> flatten(Arguments a, List<Value> items, List<Value> into) {
        for (Value item : items) {
            if (item.isList()) {
                flatten(a, item.items(), into);
            } else {
                into.add(item);
            }
        }
        return into;
    }

    private static Value index(Arguments a) {
        int at = a.list(0).indexOf(a.get(1));
        if (at < 0) throw a.failed("item not found");
        return Value.of(at);
    }

    private static List<String> sortedKeys(Map<String, Value> map) {
        return new ArrayList<>(new TreeMap<>(map).keySet());
    }

    private static Value lookup(Arguments a) {
        if (a.size() > 3) throw a.failed("lookup() takes no more than three arguments");
        if (a.get(0).isNull()) throw a.invalid(0, "argument must not be null");
        if (a.get(1).isUnknown()) return a.get(1);
        if (a.get(1).isNull()) throw a.invalid(1, "argument must not be null");
        Map<String, Value> map = a.map(0);
        String key = a.string(1);
        Value found = map.get(key);
        if (found != null) return found;
        if (a.size() == 3) return a.get(2);
        throw a.failed("lookup failed to find key \"" + key + "\"");
    }

    private static Value merge(Arguments a) {
        Map<String, Value> out = new TreeMap<>();
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i).isNull()) continue;
            out.putAll(a.map(i));
        }
        return Value.map(out);
    }

    private static Value one(Arguments a) {
        List<Value> items = a.list(0);
        if (items.isEmpty()) return Value.nullValue();
        if (items.size() > 1) throw a.invalid(0, "must be a list, set, or tuple value with either zero or one elements");
        return items.get(0);
    }

    private static Value range(Arguments a) {
        if (a.size() == 0 || a.size() > 3) throw a.failed("must have one, two, or three arguments");
        BigDecimal start = a.size() == 1 ? BigDecimal.ZERO : a.number(0);
        BigDecimal limit = a.size() == 1 ? a.number(0) : a.number(1);
        BigDecimal step = a.size() == 3 ? a.number(2) : start.compareTo(limit) > 0 ? BigDecimal.ONE.negate() : BigDecimal.ONE;
        if (step.signum() == 0) throw a.invalid(2, "step must not be zero");
        boolean down = step.signum() < 0;
        if (down && start.compareTo(limit) < 0) throw a.invalid(2, "step must be positive when start is less than limit");
        if (!down && start.compareTo(limit) > 0) throw a.invalid(2, "step must be negative when start is greater than limit");
        List<Value> out = new ArrayList<>();
        for (BigDecimal v = start; down ? v.compareTo(limit) > 0 : v.compareTo(limit) < 0; v = v.add(step)) {
            if (out.size() >= MAX_RANGE) throw a.failed("more than 1024*1024 elements would be produced; range is limited to that size");
            out.add(Value.of(v));
        }
        return Value.list(out);
    }

    private static List<Value> reversed(List<Value> items) {
        List<Value> out = new ArrayList<>(items);
        java.util.Collections.reverse(out);
        return out;
    }

    private static Value setOperation(Arguments a, String operation) {
        Set<Value> result = new LinkedHashSet<>(a.list(0));
        for (int i = 1; i < a.size(); i++) {
            List<Value> other = a.list(i);
            switch (operation) {
                case "intersection" -> result.retainAll(other);
                case "union" -> result.addAll(other);
                default -> other.forEach(result::remove);
            }
        }
        return Conversions.sortedSet(new ArrayList<>(result));
    }

    private static Value setProduct(Arguments a) {
        if (a.size() < 2) throw a.failed("at least two arguments are required");
        List<List<Value>> rows = new ArrayList<>();
        rows.add(List.of());
        for (int i = 0; i < a.size(); i++) {
            List<Value> set = a.list(i);
            List<List<Value>> next = new ArrayList<>();
            for (List<Value> row : rows) {
                for (Value item : set) {
                    List<Value> longer = new ArrayList<>(row);
                    longer.add(item);
                    next.add(longer);
                }
            }
            rows = next;
        }
        List<Value> out = new ArrayList<>();
        for (List<Value> row : rows) out.add(Value.list(row));
        return Value.list(out);
    }

    private static Value slice(Arguments a) {
        List<Value> items = a.list(0);
        int start = a.integer(1);
        int end = a.integer(2);
        if (start < 0) throw a.invalid(1, "the start index must not be less than zero");
        if (end > items.size()) throw a.invalid(2, "the end index must not be greater than the length of the list");
        if (start > end) throw a.invalid(1, "the start index must not be greater than the end index");
        return Value.list(items.subList(start, end));
    }

    private static Value sort(Arguments a) {
        List<String> texts = new ArrayList<>();
        for (Value item : a.list(0)) {
            if (item.isNull()) throw a.invalid(0, "given list element " + texts.size() + " is null; a null string cannot be sorted");
            texts.add(Conversions.asString(item).orElseThrow(() -> a.invalid(0, "list of string required")));
        }
        texts.sort(null);
        return Value.list(texts.stream().map(Value::of).toList());
    }

    private static Value sum(Arguments a) {
        List<Value> items = a.list(0);
        if (items.isEmpty()) throw a.failed("cannot sum an empty list");
        BigDecimal total = BigDecimal.ZERO;
        for (Value item : items) {
            if (item.isNull()) throw a.failed("argument must be list, set, or tuple of number values");
            total = total.add(Conversions.asNumber(item).orElseThrow(
                    () -> a.failed("argument must be list, set, or tuple of number values")));
        }
        return Value.of(total);
    }

    private static Value transpose(Arguments a) {
        Map<String, List<String>> out = new TreeMap<>();
        for (Map.Entry<String, Value> entry : new TreeMap<>(a.map(0)).entrySet()) {
            if (!entry.getValue().isList()) throw a.invalid(0, "input must be a map of lists of strings");
            for (Value item : entry.getValue().items()) {
                String key = Conversions.asString(item).orElseThrow(() -> a.invalid(0, "input must be a map of lists of strings"));
                out.computeIfAbsent(key, k -> new ArrayList<>()).add(entry.getKey());
            }
        }
        Map<String, Value> result = new TreeMap<>();
        out.forEach((key, list) -> result.put(key, Value.list(list.stream().map(Value::of).toList())));
        return Value.map(result);
    }

    private static Value zipmap(Arguments a) {
        Value keysValue = a.get(0);
        if (!keysValue.isWhollyKnown()) return Value.unknownFrom(List.of(keysValue));
        List<Value> keys = a.list(0);
        List<Value> values = a.list(1);
        if (keys.size() != values.size()) {
            throw a.failed("number of keys (" + keys.size() + ") does not match number of values (" + values.size() + ")");
        }
        Map<String, Value> out = new TreeMap<>();
        for (int i = 0; i < keys.size(); i++) {
            if (keys.get(i).isNull()) throw a.invalid(0, "keys list has null value at index " + i);
            String key = Conversions.asString(keys.get(i)).orElseThrow(() -> a.invalid(0, "list of string required"));
            out.put(key, values.get(i));
        }
        return Value.map(out);
    }

    private static Value coalesce(Arguments a) {
        for (Value value : a.all()) {
            if (value.isNull()) continue;
            if (value.string().isPresent() && value.string().get().isEmpty()) continue;
            return value;
        }
        throw a.failed("no non-null, non-empty-string arguments");
    }

    private static Value coalesceList(Arguments a) {
        if (a.size() == 0) throw a.failed("at least one argument is required");
        for (int i = 0; i < a.size(); i++) {
            if (!a.list(i).isEmpty()) return a.get(i);
        }
        throw a.failed("no non-null arguments");
    }

    private static Value compact(Arguments a) {
        if (a.get(0).isNull()) throw a.invalid(0, "argument must not be null");
        List<Value> out = new ArrayList<>();
        for (Value item : a.list(0)) {
            if (item.isNull()) continue;
            String text = Conversions.asString(item).orElseThrow(() -> a.invalid(0, "list of string required"));
            if (!text.isEmpty()) out.add(Value.of(text));
        }
        return Value.list(out);
    }

    private static Value chunkList(Arguments a) {
        List<Value> items = a.list(0);
        int size = a.integer(1);
        if (size < 0) throw a.invalid(1, "the size argument must be positive");
        List<Value> out = new ArrayList<>();
        if (size == 0) {
            out.add(Value.list(items));
            return Value.list(out);
        }
        for (int i = 0; i < items.size(); i += size) out.add(Value.list(items.subList(i, Math.min(items.size(), i + size))));
        return Value.list(out);
    }

    private static Value matchKeys(Arguments a) {
        List<Value> values = a.list(0);
        List<Value> keys = a.list(1);
        List<Value> search = a.list(2);
        if (values.size() != keys.size()) throw a.failed("length of keys and values should be equal");
        List<Value> out = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            if (search.contains(keys.get(i))) out.add(values.get(i));
        }
        return Value.list(out);
    }

    private static Value allOrAny(Arguments a, boolean all) {
        for (Value item : a.list(0)) {
            boolean bool = !item.isNull() && Conversions.asBool(item).orElseThrow(() -> a.invalid(0, "list of bool required"));
            if (all && !bool) return Value.of(false);
            if (!all && bool) return Value.of(true);
        }
        return Value.of(all);
    }
}
