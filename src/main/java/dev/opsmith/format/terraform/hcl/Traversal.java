package dev.opsmith.format.terraform.hcl;

import dev.opsmith.core.Span;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * A reference read statically: a root variable and the attribute names and constant keys after it, as in
 * {@code aws_s3_bucket.audit.id} or {@code var.tags["Name"]}. Evaluation and rules use it to find what an
 * expression refers to without evaluating anything.
 *
 * @param root  the variable ({@code var}, {@code local}, {@code aws_s3_bucket}, …)
 * @param steps the attribute names and constant keys in order; numbers keep their text ({@code "0"})
 * @param span  the whole reference
 */
public record Traversal(String root, List<String> steps, Span span) {

    public Traversal {
        steps = List.copyOf(steps);
    }

    /** The reference as written with dots: {@code aws_s3_bucket.audit.id}, {@code var.tags.Name}. */
    public String dotted() {
        return steps.isEmpty() ? root : root + "." + String.join(".", steps);
    }

    /**
     * The static reference an expression is, if it is one: a variable followed only by attribute accesses and
     * index operations whose keys are literal strings or numbers. Splats, calls and computed keys are not.
     */
    public static Optional<Traversal> of(Expression expression) {
        ArrayList<String> steps = new ArrayList<>();
        Expression current = expression;
        while (true) {
            if (current instanceof Expression.Variable variable) {
                Collections.reverse(steps);
                return Optional.of(new Traversal(variable.name(), steps, expression.span()));
            } else if (current instanceof Expression.GetAttr get) {
                steps.add(get.name());
                current = get.target();
            } else if (current instanceof Expression.Index index) {
                Optional<String> key = constantKey(index.key());
                if (key.isEmpty()) return Optional.empty();
                steps.add(key.get());
                current = index.target();
            } else {
                return Optional.empty();
            }
        }
    }

    private static Optional<String> constantKey(Expression key) {
        if (key instanceof Expression.NumberLiteral number) return Optional.of(number.text());
        if (key instanceof Expression.Template template) return template.literalValue();
        return Optional.empty();
    }
}
