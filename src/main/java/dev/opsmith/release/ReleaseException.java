package dev.opsmith.release;

import java.util.List;

/**
 * A release that cannot go ahead, or stopped part way, for a reason the user can act on. Each line is a full
 * sentence; the first says what is wrong, the others what was already done and what to do.
 */
public final class ReleaseException extends Exception {
    private static final long serialVersionUID = 1L;
    private final List<String> lines;

    public ReleaseException(String message) {
        this(List.of(message));
    }

    public ReleaseException(List<String> lines) {
        super(String.join("\n", lines));
        this.lines = List.copyOf(lines);
    }

    public List<String> lines() {
        return lines;
    }
}
