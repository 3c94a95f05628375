package dev.opsmith.format.terraform.value;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** A known list, tuple or set: rules only need the items in order, so the three share one shape. */
public final class ListValue extends Value {
    private final List<Value> items;

    ListValue(List<Value> items, boolean sensitive, Origin origin) {
        super(sensitive, origin);
        this.items = List.copyOf(items);
    }

    @Override
    Value withMarks(boolean sensitive, Origin origin) {
        return new ListValue(items, sensitive, origin);
    }

    @Override
    public boolean isKnown() {
        return true;
    }

    @Override
    public boolean isList() {
        return true;
    }

    @Override
    public boolean isWhollyKnown() {
        for (Value item : items) {
            if (!item.isWhollyKnown()) return false;
        }
        return true;
    }

    @Override
    void collectUnknownReasons(Set<String> into) {
        for (Value item : items) item.collectUnknownReasons(into);
    }

    @Override
    public Value get(int index) {
        if (index >= 0 && index < items.size()) return inherit(items.get(index));
        return super.get(index);
    }

    @Override
    public List<Value> items() {
        if (!isSensitive()) return items;
        List<Value> marked = new ArrayList<>(items.size());
        for (Value item : items) marked.add(item.markSensitive());
        return List.copyOf(marked);
    }

    public int size() {
        return items.size();
    }

    @Override
    void collectSensitiveStrings(boolean underSensitive, Set<String> into) {
        for (Value item : items) item.collectSensitiveStrings(underSensitive || isSensitive(), into);
    }

    @Override
    String describe() {
        return "a list of " + items.size();
    }

    @Override
    String render() {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) out.append(", ");
            out.append(items.get(i));
        }
        return out.append(']').toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ListValue other && items.equals(other.items);
    }

    @Override
    public int hashCode() {
        return items.hashCode();
    }
}
