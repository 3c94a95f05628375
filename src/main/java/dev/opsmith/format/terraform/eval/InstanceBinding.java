package dev.opsmith.format.terraform.eval;

import dev.opsmith.format.terraform.value.Value;

/**
 * What {@code count.index} or {@code each.key}/{@code each.value} mean inside one instance; null fields are not
 * available there (using them is an error, as in Terraform).
 */
record InstanceBinding(Value countIndex, Value eachKey, Value eachValue) {

    static final InstanceBinding NONE = new InstanceBinding(null, null, null);

    static InstanceBinding count(Value index) {
        return new InstanceBinding(index, null, null);
    }

    static InstanceBinding each(Value key, Value value) {
        return new InstanceBinding(null, key, value);
    }
}
