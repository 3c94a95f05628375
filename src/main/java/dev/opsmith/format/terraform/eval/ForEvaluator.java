package dev.opsmith.format.terraform.eval;

import dev.opsmith.format.terraform.hcl.Expression;
import dev.opsmith.format.terraform.value.Value;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code [for …]} and {@code {for …}}: filters with {@code if}, builds a tuple or an object, groups values under one
 * key with {@code ...}, and rejects two items with one key when not grouping. An unknown collection, condition or key
 * makes the whole result unknown, because which items it holds is then unknown.
 */
final class ForEvaluator {
    private final ExpressionEvaluator evaluator;

    ForEvaluator(ExpressionEvaluator evaluator) {
        this.evaluator = evaluator;
    }

    Value evaluate(Expression.For f, Scope scope) {
        Value collection = evaluator.evaluate(f.collection(), scope);
        if (collection.isError() || collection.isUnknown()) return collection;
        if (collection.isNull()) {
            return error("Iteration over null value: the collection of a 'for' expression must not be null", f.collection());
        }
        Optional<List<Map.Entry<Value, Value>>> pairs = Iteration.pairs(collection);
        if (pairs.isEmpty()) {
            return error("Iteration over non-iterable value: a 'for' expression needs a list, set, map or object, not "
                    + Conversions.typeName(collection), f.collection());
        }
        List<Value> items = new ArrayList<>();
        Map<String, List<Value>> grouped = new LinkedHashMap<>();
        List<Value> unknowns = new ArrayList<>();
        for (Map.Entry<Value, Value> pair : pairs.get()) {
            Map<String, Value> bound = new LinkedHashMap<>();
            if (f.keyVariable() != null) bound.put(f.keyVariable(), pair.getKey());
            bound.put(f.valueVariable(), pair.getValue());
            Scope inner = new BoundScope(scope, bound);
            if (f.condition() != null) {
                Value condition = evaluator.evaluate(f.condition(), inner);
                if (condition.isError()) return condition;
                if (condition.isUnknown()) {
                    unknowns.add(condition);
                    continue;
                }
                Optional<Boolean> keep = condition.isNull() ? Optional.empty() : Conversions.asBool(condition);
                if (keep.isEmpty()) {
                    return error("Invalid 'for' condition: " + Conversions.typeName(condition)
                            + " given, a bool is required", f.condition());
                }
                if (!keep.get()) continue;
            }
            if (f.producesObject()) {
                Value key = evaluator.evaluate(f.keyExpression(), inner);
                if (key.isError()) return key;
                Value value = evaluator.evaluate(f.valueExpression(), inner);
                if (value.isError()) return value;
                if (key.isUnknown()) {
                    unknowns.add(key);
                    continue;
                }
                Optional<String> name = key.isNull() ? Optional.empty() : Conversions.asString(key);
                if (name.isEmpty()) {
                    return error("Invalid object key: the key of a 'for' expression must be a string, not "
                            + Conversions.typeName(key), f.keyExpression());
                }
                List<Value> group = grouped.computeIfAbsent(name.get(), k -> new ArrayList<>());
                if (!group.isEmpty() && !f.grouping()) {
                    return error("Duplicate object key: two items produced the key \"" + name.get()
                            + "\"; add \"...\" after the value expression to group values by key", f.keyExpression());
                }
                group.add(value);
            } else {
                Value value = evaluator.evaluate(f.valueExpression(), inner);
                if (value.isError()) return value;
                items.add(value);
            }
        }
        Value result;
        if (!unknowns.isEmpty()) {
            result = Conversions.unknownOf(unknowns);
        } else if (f.producesObject()) {
            Map<String, Value> entries = new LinkedHashMap<>();
            grouped.forEach((key, values) -> entries.put(key, f.grouping() ? Value.list(values) : values.get(0)));
            result = Value.map(entries);
        } else {
            result = Value.list(items);
        }
        return Conversions.carrySensitivity(result.withOrigin(evaluator.origin(f.span())), collection);
    }

    private Value error(String message, Expression where) {
        return Value.error(message).withOrigin(evaluator.origin(where.span()));
    }
}
