package dev.opsmith.format.terraform.eval.functions;

import java.util.List;

/**
 * How a built-in function is called: its parameter names (for messages), whether the last one repeats, and
 * whether it takes unknown or null arguments itself rather than letting {@link Functions} answer for it.
 *
 * @param params         parameter names as Terraform's documentation names them
 * @param variadic       the last parameter takes any number of arguments (zero included)
 * @param unknowns       which unknown arguments make the result unknown before the body runs
 * @param acceptsNull    null arguments reach the body (e.g. {@code coalesce}); otherwise they are an error
 */
record FunctionSpec(String name, List<String> params, boolean variadic, Unknowns unknowns,
                    boolean acceptsNull, Implementation body) {

    static FunctionSpec of(String name, Implementation body, String... params) {
        return new FunctionSpec(name, List.of(params), false, Unknowns.ANY_PART, false, body);
    }

    /** The same function with its last parameter repeating. */
    FunctionSpec repeatingLast() {
        return new FunctionSpec(name, params, true, unknowns, acceptsNull, body);
    }

    /** The body decides what an unknown argument means (e.g. {@code length} of a list with unknown items). */
    FunctionSpec withUnknowns() {
        return new FunctionSpec(name, params, variadic, Unknowns.BODY_DECIDES, acceptsNull, body);
    }

    /** The body only rearranges items, so unknown items stay unknown items of a known result. */
    FunctionSpec withUnknownItems() {
        return new FunctionSpec(name, params, variadic, Unknowns.TOP_LEVEL, acceptsNull, body);
    }

    FunctionSpec withNulls() {
        return new FunctionSpec(name, params, variadic, unknowns, true, body);
    }

    /** When an unknown argument makes the result unknown without calling the body. */
    enum Unknowns {
        /** Any unknown anywhere inside any argument. */
        ANY_PART,
        /** Only an argument that is itself unknown; unknown items inside a known list or map reach the body. */
        TOP_LEVEL,
        /** Never: the body handles unknowns. */
        BODY_DECIDES
    }

    int minArgs() {
        return variadic ? params.size() - 1 : params.size();
    }

    String paramName(int index) {
        if (params.isEmpty()) return "argument";
        return params.get(Math.min(index, params.size() - 1));
    }
}
