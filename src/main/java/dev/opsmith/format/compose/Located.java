package dev.opsmith.format.compose;

import dev.opsmith.core.Span;

/** Something written in one file of a Compose project: where, and in which file. */
public interface Located {
    Span span();

    /** The file that wrote it (the base, an override, or the file being scanned). */
    ComposeFile file();

    /** Whether it was written in the file being scanned: only such values may be reported on. */
    default boolean local() {
        return file().scanned();
    }
}
