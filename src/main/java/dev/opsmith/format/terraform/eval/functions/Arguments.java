package dev.opsmith.format.terraform.eval.functions;

import dev.opsmith.format.terraform.value.Value;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The arguments of one call, with readers that apply Terraform's conversions and fail with Terraform-like text
 * ({@code Invalid value for "num" parameter: a number is required.}) naming the parameter.
 */
final class Arguments {
    private final FunctionSpec spec;
    private final List<Value> values;
    private final FunctionContext context;

    Arguments(FunctionSpec spec, List<Value> values, FunctionContext context) {
        this.spec = spec;
        this.values = List.copyOf(values);
        this.context = context;
    }

    int size() {
        return values.size();
    }

    Value get(int index) {
        return values.get(index);
    }

    List<Value> all() {
        return values;
    }

    /** The arguments from {@code index} on, for a repeating last parameter. */
    List<Value> from(int index) {
        return values.subList(Math.min(index, values.size()), values.size());
    }

    FunctionContext context() {
        return context;
    }

    String functionName() {
        return spec.name();
    }

    String string(int index) {
        return Conversions.asString(values.get(index))
                .orElseThrow(() -> invalid(index, "string required, but have " + Conversions.typeName(values.get(index))));
    }

    BigDecimal number(int index) {
        return Conversions.asNumber(values.get(index)).orElseThrow(() -> invalid(index, "a number is required"));
    }

    /** A number that must be whole and fit an int, such as an index or a count. */
    int integer(int index) {
        BigDecimal number = number(index);
        try {
            return number.intValueExact();
        } catch (ArithmeticException e) {
            throw invalid(index, "value must be a whole number, between -2147483648 and 2147483647");
        }
    }

    boolean bool(int index) {
        return Conversions.asBool(values.get(index)).orElseThrow(() -> invalid(index, "a bool is required"));
    }

    /** A list, tuple or set. */
    List<Value> list(int index) {
        Value value = values.get(index);
        if (!value.isList()) throw invalid(index, "list of any single type required, but have " + Conversions.typeName(value));
        return value.items();
    }

    /** A map or object. */
    Map<String, Value> map(int index) {
        Value value = values.get(index);
        if (!value.isMap()) throw invalid(index, "map of any single type required, but have " + Conversions.typeName(value));
        return value.entries();
    }

    /** A problem with one argument, worded as Terraform words it. */
    FunctionException invalid(int index, String message) {
        return new FunctionException("Invalid value for \"" + spec.paramName(index) + "\" parameter: " + sentence(message));
    }

    /** A problem with the call as a whole. */
    FunctionException failed(String message) {
        return new FunctionException("Call to function \"" + spec.name() + "\" failed: " + sentence(message));
    }

    static String sentence(String message) {
        return message.endsWith(".") ? message : message + ".";
    }
}
