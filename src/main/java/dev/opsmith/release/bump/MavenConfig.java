package dev.opsmith.release.bump;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code -Dname=value} definitions of a project's {@code .mvn/maven.config}, with the position of each value.
 * Maven reads this file as command-line arguments, so its definitions win over {@code <properties>} in poms.
 */
final class MavenConfig {

    /** A defined value and where its text sits in the file. */
    record Definition(BuildFile file, int start, int end, String value) {}

    private final Map<String, Definition> definitions;

    private MavenConfig(Map<String, Definition> definitions) {
        this.definitions = definitions;
    }

    static MavenConfig none() {
        return new MavenConfig(Map.of());
    }

    /**
     * The maven.config of the project root that holds {@code dir}: the nearest {@code .mvn} folder in {@code dir} or
     * above it, as Maven finds it, stopping at a repository root.
     */
    static MavenConfig find(Workspace workspace, Path dir) throws BumpException {
        for (Path d = dir.toAbsolutePath().normalize(); d != null; d = d.getParent()) {
            if (Files.isDirectory(d.resolve(".mvn"))) {
                Path config = d.resolve(".mvn").resolve("maven.config");
                return Files.isRegularFile(config) ? parse(workspace.file(config)) : none();
            }
            if (Files.exists(d.resolve(".git"))) {
                break;
            }
        }
        return none();
    }

    static MavenConfig parse(BuildFile file) {
        Map<String, Definition> found = new LinkedHashMap<>();
        String s = file.text();
        int i = 0;
        boolean defineNext = false;
        while (i < s.length()) {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
            if (i >= s.length()) {
                break;
            }
            char quote = s.charAt(i) == '"' || s.charAt(i) == '\'' ? s.charAt(i) : 0;
            int start = quote != 0 ? i + 1 : i;
            int end = start;
            while (end < s.length() && (quote != 0 ? s.charAt(end) != quote : !Character.isWhitespace(s.charAt(end)))) {
                end++;
            }
            String token = s.substring(start, end);
            i = quote != 0 ? Math.min(end + 1, s.length()) : end;
            int nameStart = -1;
            if (defineNext) {
                nameStart = start;
                defineNext = false;
            } else if (token.equals("-D") || token.equals("--define")) {
                defineNext = true;
            } else if (token.startsWith("-D")) {
                nameStart = start + 2;
            } else if (token.startsWith("--define=")) {
                nameStart = start + "--define=".length();
            }
            if (nameStart >= 0) {
                int eq = s.indexOf('=', nameStart);
                if (eq >= 0 && eq < end) {
                    String name = s.substring(nameStart, eq);
                    found.putIfAbsent(name, new Definition(file, eq + 1, end, s.substring(eq + 1, end)));
                }
            }
        }
        return new MavenConfig(found);
    }

    Optional<Definition> definition(String name) {
        return Optional.ofNullable(definitions.get(name));
    }
}
