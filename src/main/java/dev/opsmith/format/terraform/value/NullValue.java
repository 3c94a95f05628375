package dev.opsmith.format.terraform.value;

/** A known {@code null}: the attribute is written (or planned) without a value, which is not the same as absent. */
public final class NullValue extends Value {

    NullValue(boolean sensitive, Origin origin) {
        super(sensitive, origin);
    }

    @Override
    Value withMarks(boolean sensitive, Origin origin) {
        return new NullValue(sensitive, origin);
    }

    @Override
    public boolean isKnown() {
        return true;
    }

    @Override
    public boolean isNull() {
        return true;
    }

    @Override
    String describe() {
        return "null";
    }

    @Override
    String render() {
        return "null";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NullValue;
    }

    @Override
    public int hashCode() {
        return 17;
    }
}
