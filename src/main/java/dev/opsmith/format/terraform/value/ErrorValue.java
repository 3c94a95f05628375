package dev.opsmith.format.terraform.value;

import java.util.Objects;

/**
 * A value whose evaluation failed. It travels like a value, so one bad expression spoils only what depends on
 * it; navigating into it answers itself.
 */
public final class ErrorValue extends Value {
    private final String message;

    ErrorValue(String message, boolean sensitive, Origin origin) {
        super(sensitive, origin);
        this.message = Objects.requireNonNull(message, "message");
    }

    @Override
    Value withMarks(boolean sensitive, Origin origin) {
        return new ErrorValue(message, sensitive, origin);
    }

    public String message() {
        return message;
    }

    @Override
    public boolean isError() {
        return true;
    }

    @Override
    public boolean isWhollyKnown() {
        return false;
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
        return "an error";
    }

    @Override
    String render() {
        return "(error: " + message + ")";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ErrorValue other && message.equals(other.message);
    }

    @Override
    public int hashCode() {
        return 31 * message.hashCode() + 2;
    }
}
