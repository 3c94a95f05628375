package dev.opsmith.cli;

/** Exit codes shared by every command (documented in the README). */
public final class ExitCodes {
    /** Success; nothing at or above --fail-on. */
    public static final int OK = 0;
    /** Findings at or above --fail-on. */
    public static final int FINDINGS = 1;
    /** Usage or configuration error. */
    public static final int USAGE = 2;
    /** Internal error (a bug in opsmith). */
    public static final int INTERNAL = 3;

    private ExitCodes() {
    }
}
