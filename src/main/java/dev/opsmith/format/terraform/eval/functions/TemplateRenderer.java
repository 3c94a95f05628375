package dev.opsmith.format.terraform.eval.functions;

import dev.opsmith.core.SourceFile;
import dev.opsmith.core.Span;
import dev.opsmith.format.terraform.hcl.Expression;
import dev.opsmith.format.terraform.hcl.HclParseException;
import dev.opsmith.format.terraform.hcl.HclParser;
import dev.opsmith.format.terraform.hcl.TemplatePart;
import dev.opsmith.format.terraform.value.Value;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Renders a template file for {@code templatefile}: literal text, {@code ${…}} interpolations and
 * {@code %{if}}/{@code %{for}} directives, where expressions may be literals, tuples and objects, references to
 * the given variables with attribute and index access, built-in function calls, conditionals and the arithmetic,
 * comparison and logical operators. It does not support {@code for} expressions, splats ({@code [*]}) or a
 * nested {@code templatefile} call (Terraform forbids that one too); those are an error naming the line.
 *
 * <p>The file is read with the HCL template parser by wrapping it in a heredoc, so escapes ({@code $${},
 * {@code %%{}) and strip markers ({@code ~}) behave exactly as in configuration files.
 */
final class TemplateRenderer {
    private static final MathContext DIVISION = new MathContext(34);

    private final String fileName;
    private final Map<String, Value> variables;
    private final FunctionContext context;
    /** Rendering a template file (not evaluating a lone expression): {@code templatefile} may not recurse. */
    private final boolean inTemplate;

    /** Carries an unknown value out of the rendering: the whole result is then unknown. */
    private static final class UnknownResult extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Value value;

        UnknownResult(Value value) {
            super("unknown", null, false, false);
            this.value = value;
        }
    }

    private TemplateRenderer(String fileName, Map<String, Value> variables, FunctionContext context, boolean inTemplate) {
        this.fileName = fileName;
        this.inTemplate = inTemplate;
        this.variables = variables;
        this.context = context;
    }

    static Value render(String fileName, String text, Map<String, Value> variables, FunctionContext context) {
        String marker = "OPSMITH_TEMPLATE_END";
        while (text.contains(marker)) marker = marker + "_";
        boolean addedNewline = !text.isEmpty() && !text.endsWith("\n");
        String wrapped = "<<" + marker + "\n" + text + (addedNewline ? "\n" : "") + marker + "\n";
        Expression expression;
        try {
            expression = HclParser.parseExpression(SourceFile.of(fileName, wrapped));
        } catch (HclParseException e) {
            throw new FunctionException("Invalid template: " + fileName + ":" + (e.span().line() - 1) + ": " + e.reason());
        }
        if (!(expression instanceof Expression.Template template)) {
            throw new FunctionException("Invalid template: " + fileName + " could not be read as a template.");
        }
        TemplateRenderer renderer = new TemplateRenderer(fileName, variables, context, true);
        try {
            List<TemplatePart> parts = template.parts();
            if (text.isEmpty()) return Value.of("");
            if (parts.size() == 1 && parts.get(0) instanceof TemplatePart.Interpolation only && !addedNewline) {
                return renderer.stringOf(renderer.eval(only.expression()), only.span());
            }
            StringBuilder out = new StringBuilder();
            renderer.renderParts(parts, out);
            String result = out.toString();
            if (addedNewline && result.endsWith("\n")) result = result.substring(0, result.length() - 1);
            return Value.of(result);
        } catch (UnknownResult unknown) {
            return unknown.value;
        }
    }

    /**
     * Evaluates one expression with the template rules above (used for {@code templatefile} interpolations and
     * by tests that compare these functions with Terraform): an error becomes an error value, an unknown the
     * unknown value.
     */
    static Value evaluate(String fileName, Expression expression, Map<String, Value> variables, FunctionContext context) {
        TemplateRenderer renderer = new TemplateRenderer(fileName, variables, context, false);
        try {
            return renderer.eval(expression);
        } catch (UnknownResult unknown) {
            return unknown.value;
        } catch (FunctionException e) {
            return Value.error(e.getMessage());
        }
    }

    private void renderParts(List<TemplatePart> parts, StringBuilder out) {
        for (TemplatePart part : parts) {
            if (part instanceof TemplatePart.Literal literal) {
                out.append(literal.value());
            } else if (part instanceof TemplatePart.Interpolation interpolation) {
                out.append(stringOf(eval(interpolation.expression()), interpolation.span()).string().orElseThrow());
            } else if (part instanceof TemplatePart.If branch) {
                Value condition = eval(branch.condition());
                boolean taken = Conversions.asBool(condition).orElseThrow(
                        () -> fail(branch.span(), "the condition of %{if} must be a bool"));
                renderParts(taken ? branch.thenParts() : branch.elseParts(), out);
            } else if (part instanceof TemplatePart.For loop) {
                renderFor(loop, out);
            }
        }
    }

    private void renderFor(TemplatePart.For loop, StringBuilder out) {
        Value collection = eval(loop.collection());
        List<Value[]> steps = new ArrayList<>();
        if (collection.isList()) {
            List<Value> items = collection.items();
            for (int i = 0; i < items.size(); i++) steps.add(new Value[] {Value.of(i), items.get(i)});
        } else if (collection.isMap()) {
            new TreeMap<>(collection.entries()).forEach((k, v) -> steps.add(new Value[] {Value.of(k), v}));
        } else {
            throw fail(loop.span(), "%{for} needs a list, set or map, but the expression is " + Conversions.typeName(collection));
        }
        for (Value[] step : steps) {
            Map<String, Value> scope = new LinkedHashMap<>(variables);
            if (loop.keyVariable() != null) scope.put(loop.keyVariable(), step[0]);
            scope.put(loop.valueVariable(), step[1]);
            new TemplateRenderer(fileName, scope, context, inTemplate).renderParts(loop.body(), out);
        }
    }

    /** The value as template text; null, collections and unknowns cannot be written into a string. */
    private Value stringOf(Value value, Span span) {
        if (value.isNull()) throw fail(span, "the interpolated value is null; a template cannot include null");
        return Value.of(Conversions.asString(value).orElseThrow(
                () -> fail(span, "cannot include a " + Conversions.typeName(value) + " in a template; a string is required")));
    }

    private Value eval(Expression expression) {
        Value value = evalRaw(expression);
        if (value.isError()) throw fail(expression.span(), ((dev.opsmith.format.terraform.value.ErrorValue) value).message());
        if (value.isUnknown()) throw new UnknownResult(value);
        return value;
    }

    private Value evalRaw(Expression expression) {
        if (expression instanceof Expression.NumberLiteral number) return Value.of(number.value());
        if (expression instanceof Expression.BoolLiteral bool) return Value.of(bool.value());
        if (expression instanceof Expression.NullLiteral) return Value.nullValue();
        if (expression instanceof Expression.Parenthesized inner) return eval(inner.expression());
        if (expression instanceof Expression.Template nested) {
            StringBuilder out = new StringBuilder();
            renderParts(nested.parts(), out);
            return Value.of(out.toString());
        }
        if (expression instanceof Expression.Variable variable) {
            Value value = variables.get(variable.name());
            if (value == null) throw fail(variable.span(), "vars map does not contain key \"" + variable.name() + "\"");
            return value;
        }
        if (expression instanceof Expression.GetAttr attr) {
            Value value = eval(attr.target()).get(attr.name());
            if (value.isAbsent()) throw fail(attr.span(), "unsupported attribute \"" + attr.name() + "\"");
            return value;
        }
        if (expression instanceof Expression.Index index) return index(index);
        if (expression instanceof Expression.Tuple tuple) {
            List<Value> items = new ArrayList<>();
            for (Expression element : tuple.elements()) items.add(eval(element));
            return Value.list(items);
        }
        if (expression instanceof Expression.ObjectCons object) {
            Map<String, Value> entries = new LinkedHashMap<>();
            for (Expression.ObjectItem item : object.items()) {
                String key = item.literalKey().orElseGet(() -> Conversions.asString(eval(item.key()))
                        .orElseThrow(() -> fail(item.span(), "an object key must be a string")));
                entries.put(key, eval(item.value()));
            }
            return Value.map(entries);
        }
        if (expression instanceof Expression.FunctionCall call) return call(call);
        if (expression instanceof Expression.Conditional conditional) {
            boolean taken = Conversions.asBool(eval(conditional.condition())).orElseThrow(
                    () -> fail(conditional.span(), "the condition must be a bool"));
            return eval(taken ? conditional.whenTrue() : conditional.whenFalse());
        }
        if (expression instanceof Expression.For loop) return forExpression(loop);
        if (expression instanceof Expression.Unary unary) return unary(unary);
        if (expression instanceof Expression.Binary binary) return binary(binary);
        throw fail(expression.span(), "this kind of expression (" + expression.getClass().getSimpleName()
                + ") is not supported in templates rendered by opsmith");
    }

    /** {@code [for k, v in c : value if cond]} and {@code {for k, v in c : key => value if cond}} (no grouping). */
    private Value forExpression(Expression.For loop) {
        if (loop.grouping()) throw fail(loop.span(), "grouping (...) in for expressions is not supported in templates rendered by opsmith");
        Value collection = eval(loop.collection());
        List<Value[]> steps = new ArrayList<>();
        if (collection.isList()) {
            List<Value> items = collection.items();
            for (int i = 0; i < items.size(); i++) steps.add(new Value[] {Value.of(i), items.get(i)});
        } else if (collection.isMap()) {
            new TreeMap<>(collection.entries()).forEach((k, v) -> steps.add(new Value[] {Value.of(k), v}));
        } else {
            throw fail(loop.span(), "a for expression needs a list, set or map, but the expression is " + Conversions.typeName(collection));
        }
        List<Value> items = new ArrayList<>();
        Map<String, Value> entries = new LinkedHashMap<>();
        for (Value[] step : steps) {
            Map<String, Value> scope = new LinkedHashMap<>(variables);
            if (loop.keyVariable() != null) scope.put(loop.keyVariable(), step[0]);
            scope.put(loop.valueVariable(), step[1]);
            TemplateRenderer inner = new TemplateRenderer(fileName, scope, context, inTemplate);
            if (loop.condition() != null && !Conversions.asBool(inner.eval(loop.condition())).orElseThrow(
                    () -> fail(loop.span(), "the if condition of a for expression must be a bool"))) {
                continue;
            }
            if (loop.producesObject()) {
                String key = Conversions.asString(inner.eval(loop.keyExpression())).orElseThrow(
                        () -> fail(loop.span(), "a for expression key must be a string"));
                if (entries.containsKey(key)) throw fail(loop.span(), "duplicate object key \"" + key + "\"");
                entries.put(key, inner.eval(loop.valueExpression()));
            } else {
                items.add(inner.eval(loop.valueExpression()));
            }
        }
        return loop.producesObject() ? Value.map(entries) : Value.list(items);
    }

    private Value index(Expression.Index index) {
        Value target = eval(index.target());
        Value key = eval(index.key());
        Value value;
        if (target.isList()) {
            BigDecimal number = Conversions.asNumber(key).orElseThrow(() -> fail(index.span(), "a list index must be a number"));
            value = target.get(number.intValue());
        } else {
            value = target.get(Conversions.asString(key).orElseThrow(() -> fail(index.span(), "a map key must be a string")));
        }
        if (value.isAbsent()) throw fail(index.span(), "invalid index: " + ((dev.opsmith.format.terraform.value.AbsentValue) value).what());
        return value;
    }

    private Value call(Expression.FunctionCall call) {
        if (inTemplate && call.name().equals("templatefile")) {
            throw fail(call.span(), "cannot recursively call templatefile from inside another template");
        }
        if (!Functions.exists(call.name())) throw fail(call.span(), "there is no function named \"" + call.name() + "\"");
        List<Value> args = new ArrayList<>();
        for (Expression argument : call.arguments()) args.add(eval(argument));
        if (call.expandFinal() && !args.isEmpty()) {
            Value last = args.remove(args.size() - 1);
            if (!last.isList()) throw fail(call.span(), "the argument before ... must be a list, set or tuple");
            args.addAll(last.items());
        }
        return Functions.call(call.name(), args, context);
    }

    private Value unary(Expression.Unary unary) {
        Value operand = eval(unary.operand());
        return switch (unary.operator()) {
            case NOT -> Value.of(!Conversions.asBool(operand).orElseThrow(() -> fail(unary.span(), "! needs a bool")));
            case NEGATE -> Value.of(Conversions.asNumber(operand).orElseThrow(() -> fail(unary.span(), "- needs a number")).negate());
        };
    }

    private Value binary(Expression.Binary binary) {
        Value left = eval(binary.left());
        switch (binary.operator()) {
            case AND, OR -> {
                boolean l = Conversions.asBool(left).orElseThrow(() -> fail(binary.span(), binary.operator().symbol() + " needs bools"));
                if (binary.operator() == dev.opsmith.format.terraform.hcl.BinaryOperator.AND && !l) return Value.of(false);
                if (binary.operator() == dev.opsmith.format.terraform.hcl.BinaryOperator.OR && l) return Value.of(true);
                return Value.of(Conversions.asBool(eval(binary.right())).orElseThrow(
                        () -> fail(binary.span(), binary.operator().symbol() + " needs bools")));
            }
            case EQUAL -> {
                return Value.of(left.equals(eval(binary.right())));
            }
            case NOT_EQUAL -> {
                return Value.of(!left.equals(eval(binary.right())));
            }
            default -> {
            }
        }
        Value right = eval(binary.right());
        BigDecimal l = Conversions.asNumber(left).orElseThrow(() -> fail(binary.span(), binary.operator().symbol() + " needs numbers"));
        BigDecimal r = Conversions.asNumber(right).orElseThrow(() -> fail(binary.span(), binary.operator().symbol() + " needs numbers"));
        return switch (binary.operator()) {
            case LESS -> Value.of(l.compareTo(r) < 0);
            case GREATER -> Value.of(l.compareTo(r) > 0);
            case LESS_OR_EQUAL -> Value.of(l.compareTo(r) <= 0);
            case GREATER_OR_EQUAL -> Value.of(l.compareTo(r) >= 0);
            case ADD -> Value.of(l.add(r));
            case SUBTRACT -> Value.of(l.subtract(r));
            case MULTIPLY -> Value.of(l.multiply(r));
            case DIVIDE -> {
                if (r.signum() == 0) throw fail(binary.span(), "division by zero");
                yield Value.of(l.divide(r, DIVISION));
            }
            case MODULO -> {
                if (r.signum() == 0) throw fail(binary.span(), "division by zero");
                yield Value.of(l.remainder(r));
            }
            default -> throw new IllegalStateException("handled above: " + binary.operator());
        };
    }

    private FunctionException fail(Span span, String message) {
        return new FunctionException("Error in template " + fileName + ":" + Math.max(1, span.line() - 1) + ": "
                + Arguments.sentence(message));
    }
}
