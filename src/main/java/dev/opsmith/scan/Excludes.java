package dev.opsmith.scan;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;

/**
 * Exclusion globs, matched against paths relative to the scan root with forward slashes.
 * A pattern excludes a path when it matches the path or any of its parent folders; a pattern
 * without a slash also matches any single file or folder name ({@code *.generated.Dockerfile}, {@code fixtures}).
 */
public final class Excludes {
    private final List<PathMatcher> fullPath = new ArrayList<>();
    private final List<PathMatcher> anyName = new ArrayList<>();

    public Excludes(List<String> globs) {
        for (String glob : globs) {
            String g = glob.strip();
            if (g.startsWith("./")) g = g.substring(2);
            if (g.endsWith("/")) g = g.substring(0, g.length() - 1);
            if (g.isEmpty()) continue;
            PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + g);
            if (g.contains("/")) fullPath.add(m); else anyName.add(m);
        }
    }

    public boolean excludes(String relativePath) {
        if (relativePath.isEmpty()) return false;
        String[] parts = relativePath.split("/");
        StringBuilder prefix = new StringBuilder();
        for (String part : parts) {
            if (prefix.length() > 0) prefix.append('/');
            prefix.append(part);
            Path p = Path.of(prefix.toString());
            for (PathMatcher m : fullPath) if (m.matches(p)) return true;
            Path name = Path.of(part);
            for (PathMatcher m : anyName) if (m.matches(name)) return true;
        }
        return false;
    }
}
