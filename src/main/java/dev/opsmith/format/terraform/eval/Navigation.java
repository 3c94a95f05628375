package dev.opsmith.format.terraform.eval;

import dev.opsmith.format.terraform.value.Value;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Attribute access and indexing with Terraform's rules, which are stricter than {@link Value#get}: a missing key or
 * attribute is an error, not absent, except on a resource instance, whose attributes the configuration does not
 * write are only known after apply.
 */
final class Navigation {

    private Navigation() {
    }

    static Value attribute(Value target, String name, Scope scope) {
        if (target.isError() || target.isUnknown()) return target;
        if (target.isNull()) return Value.error("Attempt to get attribute \"" + name + "\" from a null value");
        if (target.isMap()) {
            if (target.entries().containsKey(name)) return target.get(name);
            Optional<String> unwritten = scope.unwrittenAttribute(target, name);
            if (unwritten.isPresent()) {
                Value unknown = Value.unknown(unwritten.get());
                return target.isSensitive() ? unknown.markSensitive() : unknown;
            }
            return Value.error("Unsupported attribute: this object does not have an attribute named \"" + name + "\"");
        }
        if (target.isList()) {
            return Value.error("Unsupported attribute: cannot read \"" + name + "\" from a list; "
                    + "use [*]." + name + " to read it from every element, or an index to pick one");
        }
        return Value.error("Unsupported attribute: cannot read \"" + name + "\" from a "
                + Conversions.typeName(target) + " value");
    }

    static Value index(Value target, Value key, Scope scope) {
        if (target.isError()) return target;
        if (key.isError()) return key;
        if (target.isUnknown()) return target;
        if (key.isUnknown()) return Conversions.carrySensitivity(key, target);
        if (target.isNull()) return Value.error("Attempt to index a null value");
        if (key.isNull()) return Value.error("Invalid index: the key is null");
        Value result;
        if (target.isList()) {
            result = listItem(target, key);
        } else if (target.isMap()) {
            Optional<String> name = Conversions.asString(key);
            if (name.isEmpty()) {
                result = Value.error("Invalid index: a map key must be a string, not " + Conversions.typeName(key));
            } else if (target.entries().containsKey(name.get())) {
                result = target.get(name.get());
            } else if (scope.unwrittenAttribute(target, name.get()).isPresent()) {
                result = attribute(target, name.get(), scope);
            } else {
                result = Value.error("Invalid index: the given key \"" + name.get()
                        + "\" does not identify an element in this collection");
            }
        } else {
            result = Value.error("Invalid index: a " + Conversions.typeName(target) + " value has no elements");
        }
        return Conversions.carrySensitivity(result, key);
    }

    private static Value listItem(Value list, Value key) {
        Optional<BigDecimal> n = key.asNumber();
        List<Value> items = list.items();
        if (n.isEmpty()) return Value.error("Invalid index: a list index must be a number, not " + Conversions.typeName(key));
        BigDecimal index = n.get();
        if (index.signum() < 0 || index.stripTrailingZeros().scale() > 0 || index.compareTo(BigDecimal.valueOf(items.size())) >= 0) {
            return Value.error("Invalid index: index " + Conversions.numberText(index)
                    + " does not identify an element of a list of " + items.size());
        }
        return list.get(index.intValueExact());
    }
}
