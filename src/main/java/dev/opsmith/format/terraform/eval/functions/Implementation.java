package dev.opsmith.format.terraform.eval.functions;

import dev.opsmith.format.terraform.value.Value;

/** The body of one built-in function, given arguments already checked for count, errors and (usually) unknowns. */
@FunctionalInterface
interface Implementation {
    Value apply(Arguments args);
}
