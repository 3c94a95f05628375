package dev.opsmith.format.terraform.hcl;

import dev.opsmith.core.Span;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * An unevaluated HCL expression. Every node knows where it is written, so findings can point at a value or
 * at any part of it. Postfix operations (attribute access, index, splat) wrap the expression they apply to.
 */
public sealed interface Expression {

    /** Where the expression is written. */
    Span span();

    /**
     * A number, kept exactly as written and as an arbitrary-precision value.
     *
     * @param text  the literal as written ({@code 1e3}, {@code 0.50})
     * @param value its value
     */
    record NumberLiteral(String text, BigDecimal value, Span span) implements Expression {
    }

    /** {@code true} or {@code false}. */
    record BoolLiteral(boolean value, Span span) implements Expression {
    }

    /** {@code null}. */
    record NullLiteral(Span span) implements Expression {
    }

    /**
     * A string template: quoted ({@code "…"}), a heredoc ({@code <<EOF}), or a JSON string read as a template.
     *
     * @param kind  how it was written
     * @param parts literals, interpolations and directives in order
     * @param heredocMarker the heredoc's delimiter word, null for other kinds
     */
    record Template(Kind kind, List<TemplatePart> parts, String heredocMarker, Span span) implements Expression {
        public Template {
            parts = List.copyOf(parts);
        }

        /** The forms a template can be written in. */
        public enum Kind {
            QUOTED,
            HEREDOC,
            /** {@code <<-EOF}: the common leading spaces of the lines were removed. */
            INDENTED_HEREDOC,
            /** A JSON string value of the JSON syntax. */
            JSON_STRING
        }

        /** The text, when the template has no interpolation or directive. */
        public Optional<String> literalValue() {
            StringBuilder sb = new StringBuilder();
            for (TemplatePart part : parts) {
                if (!(part instanceof TemplatePart.Literal literal)) return Optional.empty();
                sb.append(literal.value());
            }
            return Optional.of(sb.toString());
        }

        /**
         * The single interpolated expression of a template made of one interpolation and nothing else
         * ({@code "${var.x}"}), whose value is that expression's value unconverted, as the specification says.
         */
        public Optional<Expression> unwrapped() {
            if (parts.size() == 1 && parts.get(0) instanceof TemplatePart.Interpolation interpolation) {
                return Optional.of(interpolation.expression());
            }
            return Optional.empty();
        }
    }

    /** {@code [a, b, c]}. */
    record Tuple(List<Expression> elements, Span span) implements Expression {
        public Tuple {
            elements = List.copyOf(elements);
        }
    }

    /** {@code {key = value, key2: value2}}. */
    record ObjectCons(List<ObjectItem> items, Span span) implements Expression {
        public ObjectCons {
            items = List.copyOf(items);
        }
    }

    /**
     * One {@code key = value} (or {@code key: value}) of an object constructor.
     *
     * @param key   a {@link Variable} for a bare identifier key (a literal name, not a reference), a
     *              {@link Parenthesized} expression for {@code (expr) = …}, or any other expression
     * @param span  from the key to the end of the value
     */
    record ObjectItem(Expression key, Expression value, Span span) {

        /** The key's name when it is a bare identifier or a string without interpolation. */
        public Optional<String> literalKey() {
            if (key instanceof Variable variable) return Optional.of(variable.name());
            if (key instanceof Template template) return template.literalValue();
            return Optional.empty();
        }
    }

    /** A variable reference: the root of a traversal such as {@code var.x} or {@code aws_s3_bucket.b.id}. */
    record Variable(String name, Span span) implements Expression {
    }

    /**
     * {@code target.name}.
     *
     * @param nameSpan where the attribute name is written
     */
    record GetAttr(Expression target, String name, Span nameSpan, Span span) implements Expression {
    }

    /**
     * {@code target[key]}, or the legacy form {@code target.0}.
     *
     * @param legacy whether it was written {@code .N}
     */
    record Index(Expression target, Expression key, boolean legacy, Span span) implements Expression {
    }

    /**
     * A splat: {@code source[*].a[0]} (full) or {@code source.*.a} (attribute-only). {@code each} is the traversal
     * applied to every element; it is built on a {@link SplatItem} that stands for the current element.
     *
     * @param full whether it was written {@code [*]}, whose traversal may include index operations
     */
    record Splat(Expression source, boolean full, Expression each, Span span) implements Expression {
    }

    /** Inside a {@link Splat}'s {@code each}: the element being visited. Its span is the splat operator. */
    record SplatItem(Span span) implements Expression {
    }

    /**
     * {@code name(arguments)} or {@code provider::aws::name(arguments)}.
     *
     * @param name          the full name, namespaces included, separated by {@code ::}
     * @param nameSpan      where the name is written
     * @param expandFinal   whether the last argument is followed by {@code ...}
     */
    record FunctionCall(String name, Span nameSpan, List<Expression> arguments, boolean expandFinal, Span span)
            implements Expression {
        public FunctionCall {
            arguments = List.copyOf(arguments);
        }
    }

    /**
     * {@code [for k, v in collection : value if condition]} or
     * {@code {for k, v in collection : key => value... if condition}}.
     *
     * @param keyVariable null when only one variable is named
     * @param keyExpression the object key expression, null for a tuple result
     * @param grouping    {@code ...} after the value of an object for: values with the same key are grouped
     * @param condition   null without {@code if}
     */
    record For(String keyVariable, String valueVariable, Expression collection, Expression keyExpression,
               Expression valueExpression, boolean grouping, Expression condition, Span span) implements Expression {

        /** Whether the result is an object ({@code {for …}}) rather than a tuple. */
        public boolean producesObject() {
            return keyExpression != null;
        }
    }

    /** {@code condition ? whenTrue : whenFalse}. */
    record Conditional(Expression condition, Expression whenTrue, Expression whenFalse, Span span)
            implements Expression {
    }

    /** {@code -x} or {@code !x}. */
    record Unary(UnaryOperator operator, Expression operand, Span span) implements Expression {
    }

    /** {@code left op right}. */
    record Binary(BinaryOperator operator, Expression left, Expression right, Span span) implements Expression {
    }

    /** {@code (expression)}: kept so that object keys written in parentheses stay references. */
    record Parenthesized(Expression expression, Span span) implements Expression {
    }
}
