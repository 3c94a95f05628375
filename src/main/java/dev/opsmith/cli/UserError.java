package dev.opsmith.cli;

import java.util.List;

/** A mistake the user can fix (bad option, missing path, invalid configuration): exit 2, no stack trace. */
final class UserError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final List<String> lines;

    UserError(String message) {
        this(List.of(message));
    }

    UserError(List<String> lines) {
        super(String.join("\n", lines));
        this.lines = List.copyOf(lines);
    }

    List<String> lines() {
        return lines;
    }
}
