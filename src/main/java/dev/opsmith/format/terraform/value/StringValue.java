package dev.opsmith.format.terraform.value;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** A known string. */
public final class StringValue extends Value {
    private final String text;

    StringValue(String text, boolean sensitive, Origin origin) {
        super(sensitive, origin);
        this.text = Objects.requireNonNull(text, "text");
    }

    @Override
    Value withMarks(boolean sensitive, Origin origin) {
        return new StringValue(text, sensitive, origin);
    }

    @Override
    public boolean isKnown() {
        return true;
    }

    @Override
    public Optional<String> string() {
        return Optional.of(text);
    }

    @Override
    void collectSensitiveStrings(boolean underSensitive, Set<String> into) {
        if ((underSensitive || isSensitive()) && !text.isEmpty()) into.add(text);
    }

    @Override
    String describe() {
        return "a string";
    }

    @Override
    String render() {
        return Quoting.quote(text);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StringValue other && text.equals(other.text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }
}
