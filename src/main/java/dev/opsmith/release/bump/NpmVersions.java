package dev.opsmith.release.bump;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Versions in {@code package.json} and {@code package-lock.json}. The lockfile's root {@code version} (lockfile
 * versions 1 and 2) and {@code packages[""].version} (versions 2 and 3) are the package's own version; npm rewrites
 * them on install, so they must move together with {@code package.json} or the next install shows a diff.
 */
final class NpmVersions {
    private static final List<String> DEPENDENCY_SECTIONS =
            List.of("dependencies", "devDependencies", "peerDependencies", "optionalDependencies");

    private final Workspace workspace;
    private final Path packageJson;
    private final Path lockfile;

    NpmVersions(Workspace workspace, Path packageDir) {
        this.workspace = workspace;
        this.packageJson = packageDir.resolve("package.json");
        this.lockfile = packageDir.resolve("package-lock.json");
    }

    Optional<DeclaredVersion> current() throws BumpException {
        if (!Files.isRegularFile(packageJson)) {
            return Optional.empty();
        }
        BuildFile file = workspace.file(packageJson);
        return JsonScanner.parse(file).string("version")
                .map(v -> new DeclaredVersion(v.text(), file.path(), file.lineOf(v.start())));
    }

    void bump(String newVersion) throws BumpException {
        if (current().isEmpty()) {
            return;
        }
        BuildFile file = workspace.file(packageJson);
        set(file, JsonScanner.parse(file).string("version").orElseThrow(), newVersion, null);
        if (Files.isRegularFile(lockfile)) {
            BuildFile lock = workspace.file(lockfile);
            JsonValue root = JsonScanner.parse(lock);
            Optional<JsonValue> rootVersion = root.string("version");
            if (rootVersion.isPresent()) {
                set(lock, rootVersion.get(), newVersion, "lockfile root");
            }
            Optional<JsonValue> selfVersion = root.member("packages").flatMap(p -> p.member("")).flatMap(p -> p.string("version"));
            if (selfVersion.isPresent()) {
                set(lock, selfVersion.get(), newVersion, "packages[\"\"]");
            }
        }
    }

    /**
     * Sets the requirement on an npm package in the dependency sections, keeping its operator. The lockfile is not
     * edited: what it resolves for a dependency comes from the registry or the workspace and only {@code npm install}
     * can recompute it.
     */
    void bumpDependency(String name, String newVersion) throws BumpException {
        if (!Files.isRegularFile(packageJson)) {
            return;
        }
        BuildFile file = workspace.file(packageJson);
        JsonValue root = JsonScanner.parse(file);
        for (String section : DEPENDENCY_SECTIONS) {
            Optional<JsonValue> requirement = root.member(section).flatMap(s -> s.string(name));
            if (requirement.isEmpty()) {
                continue;
            }
            JsonValue value = requirement.get();
            String raw = file.text().substring(value.contentStart(), value.contentEnd());
            Optional<int[]> part = VersionRange.versionPart(raw);
            if (part.isPresent()) {
                workspace.splices(file).version(value.contentStart() + part.get()[0], value.contentStart() + part.get()[1],
                        newVersion, section + " " + name);
            }
        }
    }

    List<String> names() throws BumpException {
        if (!Files.isRegularFile(packageJson)) {
            return List.of();
        }
        return JsonScanner.parse(workspace.file(packageJson)).string("name").map(v -> List.of(v.text())).orElse(List.of());
    }

    private void set(BuildFile file, JsonValue value, String newVersion, String why) throws BumpException {
        workspace.splices(file).version(value.contentStart(), value.contentEnd(), newVersion, why);
    }
}
