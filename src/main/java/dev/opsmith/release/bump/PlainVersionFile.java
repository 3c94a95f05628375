package dev.opsmith.release.bump;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A {@code VERSION} file: one line holding the version, with or without a line break after it. Only the version text
 * is replaced, so the line break (LF, CRLF or none) stays as it was.
 */
final class PlainVersionFile {
    private final Workspace workspace;
    private final Path path;

    PlainVersionFile(Workspace workspace, Path packageDir) {
        this.workspace = workspace;
        this.path = packageDir.resolve("VERSION");
    }

    private record Value(String text, int start, int end) {}

    Optional<DeclaredVersion> current() throws BumpException {
        return value().map(v -> new DeclaredVersion(v.text(), path, 1));
    }

    void bump(String newVersion) throws BumpException {
        Optional<Value> value = value();
        if (value.isPresent()) {
            workspace.splices(workspace.file(path)).version(value.get().start(), value.get().end(), newVersion);
        }
    }

    private Optional<Value> value() throws BumpException {
        if (!Files.isRegularFile(path)) {
            return Optional.empty();
        }
        BuildFile file = workspace.file(path);
        String s = file.text();
        int start = s.startsWith("\uFEFF") ? 1 : 0;
        while (start < s.length() && (s.charAt(start) == ' ' || s.charAt(start) == '\t')) {
            start++;
        }
        int end = start;
        while (end < s.length() && s.charAt(end) != '\n' && s.charAt(end) != '\r') {
            end++;
        }
        if (!s.substring(end).isBlank()) {
            throw new BumpException(path + ":2: VERSION holds more than one line; keep only the version in it");
        }
        while (end > start && Character.isWhitespace(s.charAt(end - 1))) {
            end--;
        }
        if (end == start) {
            throw new BumpException(path + ":1: VERSION is empty; write the current version in it (e.g. 0.1.0)");
        }
        return Optional.of(new Value(s.substring(start, end), start, end));
    }
}
