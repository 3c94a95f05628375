package dev.opsmith.release.bump;

import dev.opsmith.release.bump.GradleScript.Kind;
import dev.opsmith.release.bump.GradleScript.Token;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Versions in a Gradle build: {@code version} in {@code gradle.properties} and at the top of
 * {@code build.gradle.kts}/{@code build.gradle}, and {@code "group:name:version"} dependency notations in the build
 * scripts of the root project and the projects {@code settings.gradle(.kts)} includes.
 */
final class GradleVersions {
    private static final List<String> BUILD_SCRIPTS = List.of("build.gradle.kts", "build.gradle");
    private static final List<String> SETTINGS_SCRIPTS = List.of("settings.gradle.kts", "settings.gradle");
    private static final Pattern NOTATION = Pattern.compile("([^:\\s]+):([^:\\s]+):([^:@\\s]+)(:[^:@\\s]+)?(@\\w+)?");

    private final Workspace workspace;
    private final Path dir;

    GradleVersions(Workspace workspace, Path packageDir) {
        this.workspace = workspace;
        this.dir = packageDir;
    }

    /** {@code version} in gradle.properties. */
    Optional<DeclaredVersion> fromProperties() throws BumpException {
        Path properties = dir.resolve("gradle.properties");
        if (!Files.isRegularFile(properties)) {
            return Optional.empty();
        }
        BuildFile file = workspace.file(properties);
        return GradleProperties.find(file, "version")
                .map(v -> new DeclaredVersion(v.text(), file.path(), file.lineOf(v.start())));
    }

    /** {@code version} at the top of one build script ({@code build.gradle.kts} or {@code build.gradle}). */
    Optional<DeclaredVersion> fromScript(String scriptName) throws BumpException {
        Path path = dir.resolve(scriptName);
        if (!Files.isRegularFile(path)) {
            return Optional.empty();
        }
        GradleScript script = GradleScript.parse(workspace.file(path));
        BuildFile file = script.file();
        return script.topLevel("version").map(a -> new DeclaredVersion(a.value(), file.path(), file.lineOf(a.start())));
    }

    void bump(String newVersion) throws BumpException {
        Path properties = dir.resolve("gradle.properties");
        if (Files.isRegularFile(properties)) {
            BuildFile file = workspace.file(properties);
            Optional<GradleProperties.Value> value = GradleProperties.find(file, "version");
            if (value.isPresent()) {
                workspace.splices(file).version(value.get().start(), value.get().end(), newVersion);
            }
        }
        for (String name : BUILD_SCRIPTS) {
            Path path = dir.resolve(name);
            if (Files.isRegularFile(path)) {
                GradleScript script = GradleScript.parse(workspace.file(path));
                Optional<GradleScript.Assignment> version = script.topLevel("version");
                if (version.isPresent()) {
                    workspace.splices(script.file()).version(version.get().start(), version.get().end(), newVersion);
                }
            }
        }
    }

    /** Sets the version in {@code "group:name:version"} notations of the root and included projects' scripts. */
    void bumpDependency(String id, String newVersion) throws BumpException {
        for (Path projectDir : projectDirs()) {
            for (String name : BUILD_SCRIPTS) {
                Path path = projectDir.resolve(name);
                if (Files.isRegularFile(path)) {
                    bumpNotations(GradleScript.parse(workspace.file(path)), id, newVersion);
                }
            }
        }
    }

    private void bumpNotations(GradleScript script, String id, String newVersion) throws BumpException {
        for (Token token : script.tokens()) {
            if (token.kind() != Kind.STRING) {
                continue;
            }
            Matcher m = NOTATION.matcher(token.text());
            if (m.matches() && (m.group(1) + ":" + m.group(2)).equals(id) && !m.group(3).contains("$")
                    && !m.group(3).startsWith("[") && !m.group(3).startsWith("(")) {
                int start = token.contentStart() + m.start(3);
                workspace.splices(script.file()).version(start, token.contentStart() + m.end(3), newVersion, id);
            }
        }
    }

    /**
     * {@code group:name} of the root project and each included project, when the group is declared (in
     * gradle.properties or at the top of the root build script): a project without a group has no coordinates
     * other builds could name.
     */
    List<String> names() throws BumpException {
        Optional<String> group = group();
        if (group.isEmpty() || !isGradleProject()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        Optional<GradleScript> settings = settings();
        String root = settings.flatMap(GradleVersions::rootProjectName)
                .orElse(dir.toAbsolutePath().normalize().getFileName().toString());
        out.add(group.get() + ":" + root);
        if (settings.isPresent()) {
            for (String path : includes(settings.get())) {
                String[] segments = path.replaceFirst("^:", "").split(":");
                out.add(group.get() + ":" + segments[segments.length - 1]);
            }
        }
        return out;
    }

    private boolean isGradleProject() {
        return BUILD_SCRIPTS.stream().anyMatch(n -> Files.isRegularFile(dir.resolve(n)))
                || SETTINGS_SCRIPTS.stream().anyMatch(n -> Files.isRegularFile(dir.resolve(n)));
    }

    private Optional<String> group() throws BumpException {
        Path properties = dir.resolve("gradle.properties");
        if (Files.isRegularFile(properties)) {
            Optional<GradleProperties.Value> value = GradleProperties.find(workspace.file(properties), "group");
            if (value.isPresent()) {
                return Optional.of(value.get().text());
            }
        }
        for (String name : BUILD_SCRIPTS) {
            Path path = dir.resolve(name);
            if (Files.isRegularFile(path)) {
                Optional<GradleScript.Assignment> group = GradleScript.parse(workspace.file(path)).topLevel("group");
                if (group.isPresent()) {
                    return Optional.of(group.get().value());
                }
            }
        }
        return Optional.empty();
    }

    private Optional<GradleScript> settings() throws BumpException {
        for (String name : SETTINGS_SCRIPTS) {
            Path path = dir.resolve(name);
            if (Files.isRegularFile(path)) {
                return Optional.of(GradleScript.parse(workspace.file(path)));
            }
        }
        return Optional.empty();
    }

    private List<Path> projectDirs() throws BumpException {
        List<Path> out = new ArrayList<>();
        out.add(dir);
        Optional<GradleScript> settings = settings();
        if (settings.isPresent()) {
            for (String path : includes(settings.get())) {
                out.add(dir.resolve(path.replaceFirst("^:", "").replace(':', '/')));
            }
        }
        return out;
    }

    /** {@code rootProject.name = "…"}. */
    private static Optional<String> rootProjectName(GradleScript settings) {
        List<Token> t = settings.tokens();
        for (int i = 0; i + 4 < t.size(); i++) {
            if (t.get(i).is("rootProject") && t.get(i + 1).is(".") && t.get(i + 2).is("name") && t.get(i + 3).is("=")
                    && t.get(i + 4).kind() == Kind.STRING) {
                return Optional.of(t.get(i + 4).text());
            }
        }
        return Optional.empty();
    }

    /** The project paths of {@code include("a", ":b:c")} / {@code include 'a', 'b'} statements. */
    private static List<String> includes(GradleScript settings) {
        List<Token> t = settings.tokens();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            if (!t.get(i).is("include") || !t.get(i).blocks().isEmpty()) {
                continue;
            }
            int depth = 0;
            for (int j = i + 1; j < t.size(); j++) {
                Token token = t.get(j);
                if (token.is("(")) {
                    depth++;
                } else if (token.is(")")) {
                    depth--;
                } else if (token.kind() == Kind.STRING) {
                    out.add(token.text());
                } else if (token.kind() == Kind.NEWLINE && depth <= 0 && !t.get(j - 1).is(",")) {
                    break;
                }
                if (depth < 0) {
                    break;
                }
            }
        }
        return out;
    }
}
