package dev.opsmith.format.terraform.value;

import java.util.Optional;

/** A known bool. */
public final class BoolValue extends Value {
    private final boolean bool;

    BoolValue(boolean bool, boolean sensitive, Origin origin) {
        super(sensitive, origin);
        this.bool = bool;
    }

    @Override
    Value withMarks(boolean sensitive, Origin origin) {
        return new BoolValue(bool, sensitive, origin);
    }

    @Override
    public boolean isKnown() {
        return true;
    }

    @Override
    public Optional<Boolean> bool() {
        return Optional.of(bool);
    }

    @Override
    String describe() {
        return "a bool";
    }

    @Override
    String render() {
        return Boolean.toString(bool);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BoolValue other && bool == other.bool;
    }

    @Override
    public int hashCode() {
        return Boolean.hashCode(bool);
    }
}
