package dev.opsmith.format.terraform.eval;

import dev.opsmith.core.Span;
import dev.opsmith.format.terraform.value.Value;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A scope with a few more names, such as the variables of a {@code for} expression, in front of its parent. */
final class BoundScope implements Scope {
    private final Scope parent;
    private final Map<String, Value> bound;

    BoundScope(Scope parent, Map<String, Value> bound) {
        this.parent = parent;
        this.bound = Map.copyOf(bound);
    }

    Scope parentScope() {
        return parent;
    }

    @Override
    public Resolved resolve(String root, List<String> names, Span span) {
        Value value = bound.get(root);
        return value != null ? new Resolved(value, 0) : parent.resolve(root, names, span);
    }

    @Override
    public Optional<String> unwrittenAttribute(Value object, String name) {
        return parent.unwrittenAttribute(object, name);
    }
}
