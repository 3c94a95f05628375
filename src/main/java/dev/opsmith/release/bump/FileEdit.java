package dev.opsmith.release.bump;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * One file's edit, computed but not yet written, so a caller can show a plan (or a diff) before touching anything.
 *
 * @param file the file to edit
 * @param before the full text of the file as read
 * @param after the full text to write; identical to {@code before} outside the version strings
 * @param changes one human-readable line per edited version, e.g. {@code pom.xml:7: 1.2.0 → 1.3.0}
 */
public record FileEdit(Path file, String before, String after, List<String> changes) {

    public FileEdit {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        changes = List.copyOf(changes);
    }

    /** Whether writing this edit would change the file. */
    public boolean changed() {
        return !before.equals(after);
    }
}
