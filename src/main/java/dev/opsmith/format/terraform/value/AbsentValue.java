package dev.opsmith.format.terraform.value;

import java.util.Objects;

/**
 * What navigation answers where nothing is: a key that is not in a map, an index past the end, a step into a
 * string. It is decided (not unknown): the attribute is not there. Navigating further stays absent and keeps the
 * first description, which says where the path left the data.
 */
public final class AbsentValue extends Value {
    private final String what;

    AbsentValue(String what, boolean sensitive, Origin origin) {
        super(sensitive, origin);
        this.what = Objects.requireNonNull(what, "what");
    }

    @Override
    Value withMarks(boolean sensitive, Origin origin) {
        return new AbsentValue(what, sensitive, origin);
    }

    /** Where the path left the data, e.g. {@code no key "versioning" in a map of 3}. */
    public String what() {
        return what;
    }

    @Override
    public boolean isAbsent() {
        return true;
    }

    @Override
    public boolean isWhollyKnown() {
        return true;
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
        return "absent";
    }

    @Override
    String render() {
        return "(absent: " + what + ")";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AbsentValue;
    }

    @Override
    public int hashCode() {
        return 19;
    }
}
