package dev.opsmith.format.terraform.eval;

import dev.opsmith.core.Span;
import dev.opsmith.format.terraform.value.Value;

import java.util.List;
import java.util.Optional;

/**
 * What names mean where an expression is evaluated. The evaluator hands over a root name with the attribute names
 * written directly after it ({@code aws_s3_bucket.logs.id} → {@code aws_s3_bucket}, [{@code logs}, {@code id}]),
 * so a scope can answer resource and module references lazily, one block at a time, instead of building every
 * value up front (which would also turn harmless references between resources of one type into false cycles).
 * Whatever follows (index operations, splats) the evaluator applies to the answer.
 */
public interface Scope {

    /**
     * The value of {@code root} followed by as many of {@code names} as the scope chooses to consume.
     *
     * @param root  the variable ({@code var}, {@code local}, {@code each}, {@code aws_s3_bucket}, …)
     * @param names the attribute names written directly after the root, in order
     * @param span  the reference as written, for messages and origins
     * @return the value and how many names it consumed; never null (an unknown root is an error value)
     */
    Resolved resolve(String root, List<String> names, Span span);

    /**
     * Why attribute {@code name} of {@code object} is unknown, when {@code object} is the value of a resource or
     * data instance that does not write it ("aws_kms_key.k.arn is known only after apply"); empty for ordinary
     * objects, where a missing attribute is an error.
     */
    default Optional<String> unwrittenAttribute(Value object, String name) {
        return Optional.empty();
    }

    /**
     * An answer: {@code value} stands for the root and the first {@code consumed} names.
     */
    record Resolved(Value value, int consumed) {
        public Resolved {
            if (value == null) throw new IllegalArgumentException("value");
            if (consumed < 0) throw new IllegalArgumentException("consumed " + consumed);
        }
    }

    /** A scope where no name is defined: constants only, as in a tfvars file. */
    Scope EMPTY = (root, names, span) -> new Resolved(Value.error(
            "Variables not allowed: \"" + root + "\" cannot be referenced here; only constant values may be used"), 0);
}
