package dev.opsmith.format.terraform.value;

import java.util.List;
import java.util.Set;

/**
 * A value that cannot be known before apply (or without an input). Navigating into it answers itself: an
 * attribute of something unknown is unknown for the same reasons.
 */
public final class UnknownValue extends Value {
    private final List<String> reasons;

    UnknownValue(List<String> reasons, boolean sensitive, Origin origin) {
        super(sensitive, origin);
        this.reasons = List.copyOf(reasons);
    }

    @Override
    Value withMarks(boolean sensitive, Origin origin) {
        return new UnknownValue(reasons, sensitive, origin);
    }

    @Override
    public boolean isUnknown() {
        return true;
    }

    @Override
    public boolean isWhollyKnown() {
        return false;
    }

    /** The reasons in the order they were found; what {@link #unknownReasons()} answers too. */
    public List<String> reasons() {
        return reasons;
    }

    @Override
    void collectUnknownReasons(Set<String> into) {
        into.addAll(reasons);
    }

    @Override
    public Value get(String key) {
        return this;
    }

    @Override
    public Value get(int index) {
        return this;
    }

    @Override
    String describe() {
        return "an unknown value";
    }

    @Override
    String render() {
        return reasons.isEmpty() ? "(unknown)" : "(unknown: " + String.join("; ", reasons) + ")";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UnknownValue other && reasons.equals(other.reasons);
    }

    @Override
    public int hashCode() {
        return 31 * reasons.hashCode() + 1;
    }
}
