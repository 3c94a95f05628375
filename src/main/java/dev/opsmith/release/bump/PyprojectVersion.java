package dev.opsmith.release.bump;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The version in {@code pyproject.toml}: {@code version} in the {@code [project]} table (PEP 621) and in
 * {@code [tool.poetry]}. A project that lists {@code version} in {@code dynamic} has it computed by its build
 * backend, so there is nothing to edit. Reads TOML line by line, skipping multi-line strings so a table header inside
 * one is not taken for a real one.
 */
final class PyprojectVersion {
    private static final Pattern TABLE = Pattern.compile("[ \\t]*\\[[ \\t]*([A-Za-z0-9_.\" \\t-]+?)[ \\t]*][ \\t]*(#.*)?");
    private static final Pattern VERSION =
            Pattern.compile("[ \\t]*version[ \\t]*=[ \\t]*(\"([^\"\\\\\\n]*)\"|'([^'\\n]*)')[ \\t]*(#.*)?");
    private static final List<String> TABLES = List.of("project", "tool.poetry");

    private final Workspace workspace;
    private final Path path;

    PyprojectVersion(Workspace workspace, Path packageDir) {
        this.workspace = workspace;
        this.path = packageDir.resolve("pyproject.toml");
    }

    /** A version value and the offsets of its text between the quotes. */
    private record Value(String text, int start, int end) {}

    Optional<DeclaredVersion> current() throws BumpException {
        List<Value> values = values();
        if (values.isEmpty()) {
            return Optional.empty();
        }
        BuildFile file = workspace.file(path);
        Value first = values.get(0);
        return Optional.of(new DeclaredVersion(first.text(), file.path(), file.lineOf(first.start())));
    }

    void bump(String newVersion) throws BumpException {
        for (Value v : values()) {
            workspace.splices(workspace.file(path)).version(v.start(), v.end(), newVersion);
        }
    }

    private List<Value> values() throws BumpException {
        List<Value> out = new ArrayList<>();
        if (!Files.isRegularFile(path)) {
            return out;
        }
        BuildFile file = workspace.file(path);
        String s = file.text();
        String table = "";
        String multiline = null;
        int lineStart = 0;
        while (lineStart < s.length()) {
            int lineEnd = s.indexOf('\n', lineStart);
            int next = lineEnd < 0 ? s.length() : lineEnd + 1;
            lineEnd = lineEnd < 0 ? s.length() : lineEnd;
            if (lineEnd > lineStart && s.charAt(lineEnd - 1) == '\r') {
                lineEnd--;
            }
            String line = s.substring(lineStart, lineEnd);
            if (multiline != null) {
                if (line.contains(multiline)) {
                    multiline = null;
                }
            } else {
                multiline = opensMultiline(line);
                Matcher header = TABLE.matcher(line);
                Matcher version = VERSION.matcher(line);
                if (header.matches() && !line.strip().startsWith("[[")) {
                    table = header.group(1).replace("\"", "").replaceAll("[ \\t]", "");
                } else if (TABLES.contains(table) && version.matches()) {
                    int group = version.group(2) != null ? 2 : 3;
                    out.add(new Value(version.group(group), lineStart + version.start(group), lineStart + version.end(group)));
                }
            }
            lineStart = next;
        }
        return out;
    }

    /** The delimiter of a multi-line string a line opens and does not close, or null. */
    private static String opensMultiline(String line) {
        for (String delimiter : new String[] {"\"\"\"", "'''"}) {
            int first = line.indexOf(delimiter);
            if (first >= 0 && line.indexOf(delimiter, first + 3) < 0) {
                return delimiter;
            }
        }
        return null;
    }
}
