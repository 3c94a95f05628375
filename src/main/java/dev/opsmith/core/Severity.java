package dev.opsmith.core;

import java.util.Locale;

/** How much a finding matters, most severe first. */
public enum Severity {
    CRITICAL, HIGH, MEDIUM, LOW, INFO;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True when this severity is at least as severe as {@code other}. */
    public boolean atLeast(Severity other) {
        return ordinal() <= other.ordinal();
    }

    /** Parses {@code critical|high|medium|low|info} (any case); null when unknown. */
    public static Severity parse(String text) {
        if (text == null) return null;
        for (Severity s : values()) {
            if (s.id().equalsIgnoreCase(text.trim())) return s;
        }
        return null;
    }
}
