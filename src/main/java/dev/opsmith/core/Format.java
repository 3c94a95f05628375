package dev.opsmith.core;

import java.util.Locale;

/** A file format opsmith understands. */
public enum Format {
    DOCKERFILE;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
