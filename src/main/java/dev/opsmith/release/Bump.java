package dev.opsmith.release;

import java.util.Locale;
import java.util.Optional;

/** How far a release moves the version; ordered from no release to a major one. */
public enum Bump {
    NONE, PATCH, MINOR, MAJOR;

    /** The lower-case name used in configuration and JSON ({@code minor}). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Bump> parse(String text) {
        for (Bump b : values()) {
            if (b.id().equalsIgnoreCase(text)) return Optional.of(b);
        }
        return Optional.empty();
    }
}
