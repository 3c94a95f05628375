package dev.opsmith.release.bump;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The version strings to replace in one file, turned into a {@link FileEdit} by splicing each new text over its exact
 * character range; the rest of the file is copied as is, which is what keeps edits byte-for-byte.
 */
final class Splices {

    private record Splice(int start, int end, String replacement, String note) {}

    private final BuildFile file;
    private final List<Splice> splices = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    Splices(BuildFile file) {
        this.file = file;
    }

    BuildFile file() {
        return file;
    }

    /**
     * Replaces {@code [start, end)} with {@code replacement}. A range already replaced (the same version reached twice,
     * e.g. as a project version and as a reactor dependency) is kept once; overlapping different ranges are a bug.
     */
    void replace(int start, int end, String replacement, String note) throws BumpException {
        for (Splice s : splices) {
            if (s.start == start && s.end == end) {
                return;
            }
            if (start < s.end && s.start < end) {
                throw new BumpException(file.at(start) + ": two rules edit overlapping text here ("
                        + file.text().substring(s.start, s.end) + " and " + file.text().substring(start, end)
                        + "); make the extra file pattern capture exactly the version, or drop it for a build file"
                        + " opsmith already updates");
            }
        }
        splices.add(new Splice(start, end, replacement, note));
    }

    /** Replaces a version and records the change line {@code file:line: old → new}. */
    void version(int start, int end, String newVersion) throws BumpException {
        version(start, end, newVersion, null);
    }

    /** As {@link #version(int, int, String)} with an explanation appended to the change line. */
    void version(int start, int end, String newVersion, String why) throws BumpException {
        String old = file.text().substring(start, end);
        String line = file.path().getFileName() + ":" + file.lineOf(start) + ": " + old + " → " + newVersion;
        replace(start, end, newVersion, why == null ? line : line + " (" + why + ")");
    }

    /** A remark about the file shown with its changes (e.g. two declarations that disagreed). */
    void note(String note) {
        if (!notes.contains(note)) {
            notes.add(note);
        }
    }

    boolean isEmpty() {
        return splices.isEmpty();
    }

    FileEdit toEdit() {
        List<Splice> ordered = new ArrayList<>(splices);
        ordered.sort(Comparator.comparingInt(Splice::start));
        StringBuilder out = new StringBuilder(file.text().length() + 32);
        List<String> changes = new ArrayList<>();
        int at = 0;
        for (Splice s : ordered) {
            out.append(file.text(), at, s.start).append(s.replacement);
            at = s.end;
            if (!file.text().substring(s.start, s.end).equals(s.replacement)) {
                changes.add(s.note);
            }
        }
        out.append(file.text(), at, file.text().length());
        changes.addAll(notes);
        return new FileEdit(file.path(), file.text(), out.toString(), changes);
    }
}
