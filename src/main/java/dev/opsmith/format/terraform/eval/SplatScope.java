package dev.opsmith.format.terraform.eval;

import dev.opsmith.core.Span;
import dev.opsmith.format.terraform.value.Value;

import java.util.List;
import java.util.Optional;

/** The scope of a splat's per-element traversal: it knows the element being visited. */
final class SplatScope implements Scope {
    private final Scope parent;
    private final Value item;

    SplatScope(Scope parent, Value item) {
        this.parent = parent;
        this.item = item;
    }

    /** The element the innermost splat is visiting. */
    static Value current(Scope scope, Span span) {
        Scope s = scope;
        while (s instanceof BoundScope || s instanceof SplatScope) {
            if (s instanceof SplatScope splat) return splat.item;
            s = ((BoundScope) s).parentScope();
        }
        return Value.error("Invalid splat: no element is being visited at " + span);
    }

    @Override
    public Resolved resolve(String root, List<String> names, Span span) {
        return parent.resolve(root, names, span);
    }

    @Override
    public Optional<String> unwrittenAttribute(Value object, String name) {
        return parent.unwrittenAttribute(object, name);
    }
}
