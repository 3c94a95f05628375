package dev.opsmith.core;

/** How credentials are shown in any output: never, beyond a hint of their length class. */
public final class Redaction {
    public static final String MASK = "****";

    private Redaction() {
    }

    public static String mask(String secret) {
        return MASK;
    }
}
