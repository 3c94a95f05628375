package dev.opsmith.format.terraform.eval;

import dev.opsmith.format.terraform.hcl.Expression;
import dev.opsmith.format.terraform.value.Value;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A variable's {@code type}: {@code string}, {@code number}, {@code bool}, {@code any}, {@code list(T)},
 * {@code set(T)}, {@code map(T)}, {@code tuple([…])} and {@code object({…})} whose attributes may be
 * {@code optional(T, default)}. Converting a value to it is what Terraform does to every input: primitives convert
 * ({@code "3"} to 3), missing optional attributes get their default (or null), extra object attributes are dropped,
 * and anything else is an error that says where in the value it went wrong.
 */
public sealed interface TypeConstraint {

    /** The type as written, for messages. */
    String describe();

    /** {@code value} converted to this type, or an error value; unknown values stay unknown. */
    Value convert(Value value);

    /** {@code any}: a value of any type, unconverted. */
    TypeConstraint ANY = new Any();

    /**
     * Reads a {@code type} expression. Anything it does not understand is an error: Terraform rejects such
     * a configuration, and a scan must say so rather than convert by a guess.
     */
    static Optional<TypeConstraint> parse(Expression e) {
        if (e instanceof Expression.Variable v) {
            return switch (v.name()) {
                case "string", "number", "bool" -> Optional.of(new Primitive(v.name()));
                case "any" -> Optional.of(ANY);
                default -> Optional.empty();
            };
        }
        if (e instanceof Expression.FunctionCall f && f.arguments().size() == 1) {
            Expression arg = f.arguments().get(0);
            switch (f.name()) {
                case "list", "set", "map" -> {
                    return parse(arg).map(element -> new Collection(f.name(), element));
                }
                case "tuple" -> {
                    if (!(arg instanceof Expression.Tuple t)) return Optional.empty();
                    List<TypeConstraint> elements = new ArrayList<>();
                    for (Expression element : t.elements()) {
                        Optional<TypeConstraint> type = parse(element);
                        if (type.isEmpty()) return Optional.empty();
                        elements.add(type.get());
                    }
                    return Optional.of(new Tuple(elements));
                }
                case "object" -> {
                    return arg instanceof Expression.ObjectCons o ? object(o) : Optional.empty();
                }
                default -> {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<TypeConstraint> object(Expression.ObjectCons o) {
        Map<String, Attribute> attributes = new LinkedHashMap<>();
        for (Expression.ObjectItem item : o.items()) {
            Optional<String> name = item.literalKey();
            if (name.isEmpty()) return Optional.empty();
            Expression type = item.value();
            boolean optional = false;
            Expression defaultValue = null;
            if (type instanceof Expression.FunctionCall f && f.name().equals("optional")
                    && (f.arguments().size() == 1 || f.arguments().size() == 2)) {
                optional = true;
                type = f.arguments().get(0);
                if (f.arguments().size() == 2) defaultValue = f.arguments().get(1);
            }
            Optional<TypeConstraint> parsed = parse(type);
            if (parsed.isEmpty()) return Optional.empty();
            Value def = Value.nullValue();
            if (defaultValue != null) {
                def = parsed.get().convert(new ExpressionEvaluator("", null).evaluate(defaultValue, Scope.EMPTY));
                if (def.isError()) return Optional.empty();
            }
            attributes.put(name.get(), new Attribute(parsed.get(), optional, def));
        }
        return Optional.of(new ObjectType(attributes));
    }

    /** {@code string}, {@code number} or {@code bool}. */
    record Primitive(String name) implements TypeConstraint {
        @Override
        public String describe() {
            return name;
        }

        @Override
        public Value convert(Value value) {
            if (!value.isKnown() || value.isNull()) return value;
            Optional<?> converted = switch (name) {
                case "string" -> Conversions.asString(value).map(Value::of);
                case "number" -> value.asNumber().map(Value::of);
                default -> Conversions.asBool(value).map(Value::of);
            };
            if (converted.isEmpty()) return mismatch(this, value);
            Value result = (Value) converted.get();
            result = value.origin().map(result::withOrigin).orElse(result);
            return value.isSensitive() ? result.markSensitive() : result;
        }
    }

    /** {@code any}. */
    final class Any implements TypeConstraint {
        private Any() {
        }

        @Override
        public String describe() {
            return "any";
        }

        @Override
        public Value convert(Value value) {
            return value;
        }
    }

    /** {@code list(T)}, {@code set(T)} or {@code map(T)}. */
    record Collection(String kind, TypeConstraint element) implements TypeConstraint {
        @Override
        public String describe() {
            return kind + "(" + element.describe() + ")";
        }

        @Override
        public Value convert(Value value) {
            if (!value.isKnown() || value.isNull()) return value;
            Value result;
            if (kind.equals("map")) {
                if (!value.isMap()) return mismatch(this, value);
                Map<String, Value> entries = new LinkedHashMap<>();
                for (Map.Entry<String, Value> entry : value.entries().entrySet()) {
                    Value converted = element.convert(entry.getValue());
                    if (converted.isError()) return inside("[\"" + entry.getKey() + "\"]", converted);
                    entries.put(entry.getKey(), converted);
                }
                result = Value.map(entries);
            } else {
                if (!value.isList()) return mismatch(this, value);
                List<Value> items = new ArrayList<>();
                List<Value> source = value.items();
                for (int i = 0; i < source.size(); i++) {
                    Value converted = element.convert(source.get(i));
                    if (converted.isError()) return inside("[" + i + "]", converted);
                    items.add(converted);
                }
                result = Value.list(kind.equals("set") ? asSet(items) : items);
            }
            result = value.origin().map(result::withOrigin).orElse(result);
            return value.isSensitive() ? result.markSensitive() : result;
        }

        /** Sets hold each element once; Terraform orders known strings lexically. */
        private static List<Value> asSet(List<Value> items) {
            List<Value> unique = new ArrayList<>(new LinkedHashSet<>(items));
            if (unique.stream().allMatch(v -> v.string().isPresent())) {
                unique.sort((a, b) -> a.string().get().compareTo(b.string().get()));
            }
            return unique;
        }
    }

    /** {@code tuple([T1, T2, …])}. */
    record Tuple(List<TypeConstraint> elements) implements TypeConstraint {
        public Tuple {
            elements = List.copyOf(elements);
        }

        @Override
        public String describe() {
            return "tuple([" + String.join(", ", elements.stream().map(TypeConstraint::describe).toList()) + "])";
        }

        @Override
        public Value convert(Value value) {
            if (!value.isKnown() || value.isNull()) return value;
            if (!value.isList() || value.items().size() != elements.size()) return mismatch(this, value);
            List<Value> items = new ArrayList<>();
            for (int i = 0; i < elements.size(); i++) {
                Value converted = elements.get(i).convert(value.items().get(i));
                if (converted.isError()) return inside("[" + i + "]", converted);
                items.add(converted);
            }
            Value result = Value.list(items);
            result = value.origin().map(result::withOrigin).orElse(result);
            return value.isSensitive() ? result.markSensitive() : result;
        }
    }

    /**
     * One attribute of an object type.
     *
     * @param defaultValue what a missing or null optional attribute becomes (null without a default)
     */
    record Attribute(TypeConstraint type, boolean optional, Value defaultValue) {
    }

    /** {@code object({name = T, other = optional(T, default)})}. */
    record ObjectType(Map<String, Attribute> attributes) implements TypeConstraint {
        public ObjectType {
            attributes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
        }

        @Override
        public String describe() {
            List<String> parts = new ArrayList<>();
            attributes.forEach((name, a) -> parts.add(name + " = " + (a.optional()
                    ? "optional(" + a.type().describe() + ")" : a.type().describe())));
            return "object({" + String.join(", ", parts) + "})";
        }

        @Override
        public Value convert(Value value) {
            if (!value.isKnown() || value.isNull()) return value;
            if (!value.isMap()) return mismatch(this, value);
            Map<String, Value> given = value.entries();
            Map<String, Value> entries = new LinkedHashMap<>();
            for (Map.Entry<String, Attribute> entry : attributes.entrySet()) {
                String name = entry.getKey();
                Attribute attribute = entry.getValue();
                Value v = given.get(name);
                if (v == null || v.isNull() && attribute.optional()) {
                    if (!attribute.optional()) {
                        return Value.error("attribute \"" + name + "\" is required by " + describe());
                    }
                    v = attribute.defaultValue();
                }
                Value converted = attribute.type().convert(v);
                if (converted.isError()) return inside("." + name, converted);
                entries.put(name, converted);
            }
            Value result = Value.map(entries);
            result = value.origin().map(result::withOrigin).orElse(result);
            return value.isSensitive() ? result.markSensitive() : result;
        }
    }

    private static Value mismatch(TypeConstraint type, Value value) {
        return Value.error(type.describe() + " required, got " + Conversions.typeName(value));
    }

    /** An error found inside an element, with the element's path in front of the message. */
    private static Value inside(String step, Value error) {
        String message = ((dev.opsmith.format.terraform.value.ErrorValue) error).message();
        String joined = message.startsWith("at ") ? "at " + step + message.substring(3) : "at " + step + ": " + message;
        return Value.error(joined);
    }
}
