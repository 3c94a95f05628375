package dev.opsmith.format.terraform.eval;

import dev.opsmith.core.Span;
import dev.opsmith.format.terraform.eval.functions.FunctionContext;
import dev.opsmith.format.terraform.eval.functions.Functions;
import dev.opsmith.format.terraform.hcl.Expression;
import dev.opsmith.format.terraform.hcl.TemplatePart;
import dev.opsmith.format.terraform.value.Origin;
import dev.opsmith.format.terraform.value.Value;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Evaluates HCL expressions to {@link Value}s as Terraform would at plan time, honestly: what cannot be known is an
 * unknown value whose reasons name the inputs, and what Terraform would reject is an error value whose origin is the
 * offending expression. It never throws. Names are resolved through a {@link Scope}.
 *
 * <p>Errors inside tuples, objects and templates spoil the whole expression, as in Terraform, so {@code try} and
 * {@code can} decide on the top-level value; unknowns stay where they are, so a list with one unknown item still
 * has a known length.
 *
 * <p>An instance evaluates on one thread at a time (it counts nesting depth to refuse pathological input).
 */
public final class ExpressionEvaluator {

    /** Far deeper than any configuration nests, and shallow enough for the default thread stack. */
    private static final int MAX_DEPTH = 1_000;

    private final String file;
    private final FunctionContext functions;
    /** How deep the current evaluation is; an evaluator serves one thread at a time. */
    private int depth;

    /**
     * @param file      the file the expressions are written in (relative to the scan root), for origins
     * @param functions what file functions may read; {@link FunctionContext#NONE} for none
     */
    public ExpressionEvaluator(String file, FunctionContext functions) {
        this.file = file;
        this.functions = functions;
    }

    /** The file origins point into. */
    public String file() {
        return file;
    }

    /** The value of {@code expression} where names mean what {@code scope} says. */
    public Value evaluate(Expression expression, Scope scope) {
        if (depth >= MAX_DEPTH) {
            return Value.error("Expression nested too deeply: more than " + MAX_DEPTH + " levels")
                    .withOrigin(origin(expression.span()));
        }
        depth++;
        Value v;
        try {
            v = dispatch(expression, scope);
        } finally {
            depth--;
        }
        if (v.isError() && v.origin().isEmpty()) return v.withOrigin(origin(expression.span()));
        return v;
    }

    private Value dispatch(Expression e, Scope scope) {
        if (e instanceof Expression.NumberLiteral n) return Value.of(n.value()).withOrigin(origin(n.span()));
        if (e instanceof Expression.BoolLiteral b) return Value.of(b.value()).withOrigin(origin(b.span()));
        if (e instanceof Expression.NullLiteral n) return Value.nullValue().withOrigin(origin(n.span()));
        if (e instanceof Expression.Template t) return template(t, scope);
        if (e instanceof Expression.Tuple t) return tuple(t, scope);
        if (e instanceof Expression.ObjectCons o) return object(o, scope);
        if (e instanceof Expression.Variable v) return reference(v.name(), List.of(), v.span(), scope);
        if (e instanceof Expression.GetAttr g) return getAttr(g, scope);
        if (e instanceof Expression.Index i) return index(i, scope);
        if (e instanceof Expression.Splat s) return splat(s, scope);
        if (e instanceof Expression.SplatItem item) return SplatScope.current(scope, item.span());
        if (e instanceof Expression.FunctionCall f) return call(f, scope);
        if (e instanceof Expression.For f) return new ForEvaluator(this).evaluate(f, scope);
        if (e instanceof Expression.Conditional c) return conditional(c, scope);
        if (e instanceof Expression.Unary u) return Operators.unary(u.operator(), evaluate(u.operand(), scope));
        if (e instanceof Expression.Binary b) {
            return Operators.binary(b.operator(), evaluate(b.left(), scope), evaluate(b.right(), scope));
        }
        if (e instanceof Expression.Parenthesized p) return evaluate(p.expression(), scope);
        throw new IllegalStateException("unhandled expression " + e.getClass().getSimpleName());
    }

    Origin origin(Span span) {
        return new Origin(file, span);
    }

    // ---- references ----

    private Value getAttr(Expression.GetAttr g, Scope scope) {
        List<String> names = new ArrayList<>();
        Expression current = g;
        while (current instanceof Expression.GetAttr step) {
            names.add(0, step.name());
            current = step.target();
        }
        if (current instanceof Expression.Variable root) return reference(root.name(), names, g.span(), scope);
        return Navigation.attribute(evaluate(g.target(), scope), g.name(), scope);
    }

    private Value reference(String root, List<String> names, Span span, Scope scope) {
        Scope.Resolved resolved = scope.resolve(root, names, span);
        Value value = resolved.value();
        if (value.isError() && value.origin().isEmpty()) value = value.withOrigin(origin(span));
        for (int i = resolved.consumed(); i < names.size(); i++) value = Navigation.attribute(value, names.get(i), scope);
        return value;
    }

    private Value index(Expression.Index i, Scope scope) {
        Value target = evaluate(i.target(), scope);
        Value key = evaluate(i.key(), scope);
        return Navigation.index(target, key, scope);
    }

    private Value splat(Expression.Splat s, Scope scope) {
        Value source = evaluate(s.source(), scope);
        if (source.isError() || source.isUnknown()) return source;
        if (source.isNull()) return Value.list(List.of()).withOrigin(origin(s.span()));
        List<Value> elements = source.isList() ? source.items() : List.of(source);
        List<Value> results = new ArrayList<>(elements.size());
        for (Value element : elements) {
            Value result = evaluate(s.each(), new SplatScope(scope, element));
            if (result.isError()) return result;
            results.add(result);
        }
        return Conversions.carrySensitivity(Value.list(results).withOrigin(origin(s.span())), source);
    }

    // ---- constructors ----

    private Value tuple(Expression.Tuple t, Scope scope) {
        List<Value> items = new ArrayList<>(t.elements().size());
        for (Expression element : t.elements()) {
            Value v = evaluate(element, scope);
            if (v.isError()) return v;
            items.add(v);
        }
        return Value.list(items).withOrigin(origin(t.span()));
    }

    private Value object(Expression.ObjectCons o, Scope scope) {
        Map<String, Value> entries = new LinkedHashMap<>();
        List<Value> unknownKeys = new ArrayList<>();
        for (Expression.ObjectItem item : o.items()) {
            Value key = objectKey(item.key(), scope);
            if (key.isError()) return key;
            Value value = evaluate(item.value(), scope);
            if (value.isError()) return value;
            if (key.isUnknown()) {
                unknownKeys.add(key);
                continue;
            }
            Optional<String> name = key.isNull() ? Optional.empty() : Conversions.asString(key);
            if (name.isEmpty()) {
                return Value.error("Invalid object key: a key must be a string, not "
                        + Conversions.typeName(key)).withOrigin(origin(item.key().span()));
            }
            entries.remove(name.get());
            entries.put(name.get(), value);
        }
        if (!unknownKeys.isEmpty()) return Conversions.unknownOf(unknownKeys).withOrigin(origin(o.span()));
        return Value.map(entries).withOrigin(origin(o.span()));
    }

    private Value objectKey(Expression key, Scope scope) {
        if (key instanceof Expression.Variable bare) return Value.of(bare.name());
        return evaluate(key, scope);
    }

    // ---- templates ----

    private Value template(Expression.Template t, Scope scope) {
        Optional<Expression> single = t.unwrapped();
        if (single.isPresent()) return evaluate(single.get(), scope);
        TemplateResult result = new TemplateResult();
        renderParts(t.parts(), scope, result);
        return result.value().withOrigin(origin(t.span()));
    }

    /** Accumulates a template's text, or the first error, or the unknowns that keep it from being known. */
    private static final class TemplateResult {
        final StringBuilder text = new StringBuilder();
        final List<Value> unknowns = new ArrayList<>();
        final List<Value> inputs = new ArrayList<>();
        Value error;

        Value value() {
            if (error != null) return error;
            Value v = unknowns.isEmpty() ? Value.of(text.toString()) : Value.unknownFrom(unknowns);
            return Conversions.carrySensitivity(v, inputs);
        }
    }

    private void renderParts(List<TemplatePart> parts, Scope scope, TemplateResult out) {
        for (TemplatePart part : parts) {
            if (out.error != null) return;
            if (part instanceof TemplatePart.Literal literal) {
                out.text.append(literal.value());
            } else if (part instanceof TemplatePart.Interpolation interpolation) {
                interpolate(evaluate(interpolation.expression(), scope), interpolation.span(), out);
            } else if (part instanceof TemplatePart.If directive) {
                renderIf(directive, scope, out);
            } else if (part instanceof TemplatePart.For directive) {
                renderFor(directive, scope, out);
            }
        }
    }

    private void interpolate(Value v, Span span, TemplateResult out) {
        out.inputs.add(v);
        if (v.isError()) {
            out.error = v;
        } else if (v.isUnknown()) {
            out.unknowns.add(v);
        } else if (v.isNull()) {
            out.error = Value.error("Invalid template interpolation value: the value is null; "
                    + "use a conditional or coalesce() to give a default").withOrigin(origin(span));
        } else {
            Optional<String> text = Conversions.asString(v);
            if (text.isPresent()) {
                out.text.append(text.get());
            } else {
                out.error = Value.error("Invalid template interpolation value: cannot include " + Conversions.typeName(v)
                        + " in a string; a string, number or bool is required").withOrigin(origin(span));
            }
        }
    }

    private void renderIf(TemplatePart.If directive, Scope scope, TemplateResult out) {
        Value condition = evaluate(directive.condition(), scope);
        out.inputs.add(condition);
        if (condition.isError()) {
            out.error = condition;
        } else if (condition.isUnknown()) {
            out.unknowns.add(condition);
        } else {
            Optional<Boolean> b = condition.isNull() ? Optional.empty() : Conversions.asBool(condition);
            if (b.isEmpty()) {
                out.error = Value.error("Invalid %{if} condition: " + Conversions.typeName(condition)
                        + " given, a bool is required").withOrigin(origin(directive.condition().span()));
            } else {
                renderParts(b.get() ? directive.thenParts() : directive.elseParts(), scope, out);
            }
        }
    }

    private void renderFor(TemplatePart.For directive, Scope scope, TemplateResult out) {
        Value collection = evaluate(directive.collection(), scope);
        out.inputs.add(collection);
        if (collection.isError()) {
            out.error = collection;
            return;
        }
        if (collection.isUnknown()) {
            out.unknowns.add(collection);
            return;
        }
        Optional<List<Map.Entry<Value, Value>>> pairs = Iteration.pairs(collection);
        if (pairs.isEmpty()) {
            out.error = Value.error("Invalid %{for} collection: " + Conversions.typeName(collection)
                    + " given, a list, set, map or object is required").withOrigin(origin(directive.collection().span()));
            return;
        }
        for (Map.Entry<Value, Value> pair : pairs.get()) {
            Map<String, Value> bound = new LinkedHashMap<>();
            if (directive.keyVariable() != null) bound.put(directive.keyVariable(), pair.getKey());
            bound.put(directive.valueVariable(), pair.getValue());
            renderParts(directive.body(), new BoundScope(scope, bound), out);
        }
    }

    // ---- conditionals ----

    private Value conditional(Expression.Conditional c, Scope scope) {
        Value condition = evaluate(c.condition(), scope);
        if (condition.isError()) return condition;
        if (condition.isUnknown()) {
            Value whenTrue = evaluate(c.whenTrue(), scope);
            Value whenFalse = evaluate(c.whenFalse(), scope);
            if (whenTrue.isWhollyKnown() && whenTrue.equals(whenFalse)) {
                return Conversions.carrySensitivity(whenTrue, condition, whenFalse);
            }
            return Conversions.carrySensitivity(condition, whenTrue, whenFalse);
        }
        Optional<Boolean> b = condition.isNull() ? Optional.empty() : Conversions.asBool(condition);
        if (b.isEmpty()) {
            return Value.error("Incorrect condition type: the condition is " + Conversions.typeName(condition)
                    + "; it must be true or false").withOrigin(origin(c.condition().span()));
        }
        Value chosen = evaluate(b.get() ? c.whenTrue() : c.whenFalse(), scope);
        return Conversions.carrySensitivity(chosen, condition);
    }

    // ---- function calls ----

    private Value call(Expression.FunctionCall f, Scope scope) {
        if (f.name().equals("try")) return tryFunction(f, scope);
        if (f.name().equals("can")) return canFunction(f, scope);
        List<Value> args = new ArrayList<>(f.arguments().size());
        for (int i = 0; i < f.arguments().size(); i++) {
            Value v = evaluate(f.arguments().get(i), scope);
            if (v.isError()) return v;
            boolean expand = f.expandFinal() && i == f.arguments().size() - 1;
            if (!expand) {
                args.add(v);
            } else if (v.isUnknown()) {
                return v;
            } else if (v.isList()) {
                args.addAll(v.items());
            } else {
                return Value.error("Invalid expanding argument: the argument before \"...\" must be a list, set or "
                        + "tuple, not " + Conversions.typeName(v)).withOrigin(origin(f.arguments().get(i).span()));
            }
        }
        Value result = callFunction(f.name(), args);
        return result.isError() && result.origin().isEmpty() ? result.withOrigin(origin(f.span())) : result;
    }

    /** The one place built-in functions are called. */
    private Value callFunction(String name, List<Value> args) {
        return Functions.call(name, args, functions);
    }

    /**
     * {@code try(a, b, …)}: the first argument that evaluates without error. An argument that is not wholly known
     * might still fail once known, so the result is then unknown, as in Terraform.
     */
    private Value tryFunction(Expression.FunctionCall f, Scope scope) {
        if (f.arguments().isEmpty()) {
            return Value.error("Invalid function call: try() needs at least one argument").withOrigin(origin(f.span()));
        }
        List<String> failures = new ArrayList<>();
        for (Expression argument : f.arguments()) {
            Value v = evaluate(argument, scope);
            Optional<Value> error = Conversions.firstError(v);
            if (error.isPresent()) {
                failures.add(error.get().toString());
                continue;
            }
            if (!v.isWhollyKnown()) return Conversions.unknownOf(List.of(v));
            return v;
        }
        return Value.error("Error in function call: no argument of try() evaluated without error: "
                + String.join("; ", failures)).withOrigin(origin(f.span()));
    }

    /** {@code can(expr)}: whether {@code expr} evaluates without error; unknown while it is not wholly known. */
    private Value canFunction(Expression.FunctionCall f, Scope scope) {
        if (f.arguments().size() != 1) {
            return Value.error("Invalid function call: can() takes exactly one argument").withOrigin(origin(f.span()));
        }
        Value v = evaluate(f.arguments().get(0), scope);
        if (Conversions.firstError(v).isPresent()) return Value.of(false);
        if (!v.isWhollyKnown()) return Conversions.unknownOf(List.of(v));
        return Value.of(true);
    }

    /** A number value for a loop index. */
    static Value indexValue(int i) {
        return Value.of(BigDecimal.valueOf(i));
    }
}
