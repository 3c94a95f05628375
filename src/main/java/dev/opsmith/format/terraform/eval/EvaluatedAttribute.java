package dev.opsmith.format.terraform.eval;

import dev.opsmith.format.terraform.hcl.Attribute;
import dev.opsmith.format.terraform.module.Located;
import dev.opsmith.format.terraform.value.Value;

/**
 * An attribute with its value in one instance; {@code source} is where it is written, so a rule reports there.
 */
public record EvaluatedAttribute(String name, Value value, Located<Attribute> source) {
}
