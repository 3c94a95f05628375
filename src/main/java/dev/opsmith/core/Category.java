package dev.opsmith.core;

import java.util.Locale;

/** What a rule protects, by impact. Only security and reliability rules may be high or critical. */
public enum Category {
    SECURITY, RELIABILITY, HYGIENE;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
