package dev.opsmith.release.bump;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads and sets versions in a package folder's build files, changing only the version strings: every other byte of
 * a file (comments, formatting, line endings, encoding) stays as it was, so a release commit diff shows versions and
 * nothing else.
 *
 * <p>Supported: Maven {@code pom.xml} (multi-module reactors, parent versions, inter-module dependencies, CI-friendly
 * {@code ${revision}} in properties or {@code .mvn/maven.config}), Gradle ({@code gradle.properties},
 * {@code build.gradle(.kts)}), npm ({@code package.json}, {@code package-lock.json}), Helm {@code Chart.yaml},
 * {@code pyproject.toml} ({@code [project]} and {@code [tool.poetry]}), a plain {@code VERSION} file, and configured
 * extra files.
 *
 * <p>Computing edits never writes; {@link #write} does, so a caller can plan, show, then apply.
 */
public final class VersionFiles {

    private VersionFiles() {}

    /**
     * The version declared by the package folder's primary build file: the first found of {@code pom.xml} (resolving
     * {@code ${revision}} from properties or {@code .mvn/maven.config}, and following an inherited version to a parent
     * in the repository), {@code gradle.properties}, {@code build.gradle.kts}, {@code build.gradle},
     * {@code package.json}, {@code Chart.yaml}, {@code pyproject.toml}, {@code VERSION}; empty when none declares one.
     */
    public static Optional<DeclaredVersion> current(Path packageDir, BumpSettings settings) throws BumpException {
        List<DeclaredVersion> declared = declarations(new Workspace(), folder(packageDir), true);
        return declared.stream().findFirst();
    }

    /**
     * Edits setting the package's own version to {@code newVersion} in every build file of the package: the Maven
     * reactor (project versions equal to the old one, children's parent versions, inter-module dependency versions),
     * Gradle, npm (with the lockfile's root), Helm (and {@code appVersion} when configured), pyproject, VERSION and the
     * configured extra files. Files that already carry {@code newVersion} give unchanged edits.
     *
     * @throws BumpException when a file cannot be parsed, a {@code ${revision}} has no definition, or nothing in the
     *     folder declares a version
     */
    public static List<FileEdit> bump(Path packageDir, String newVersion, BumpSettings settings) throws BumpException {
        Path dir = folder(packageDir);
        checkVersion(dir, newVersion);
        Workspace workspace = new Workspace();
        List<DeclaredVersion> declared = declarations(workspace, dir, false);
        if (declared.isEmpty() && settings.extraFiles().isEmpty()) {
            throw new BumpException(dir + ": no build file here declares a version (looked for pom.xml,"
                    + " gradle.properties, build.gradle(.kts), package.json, Chart.yaml, pyproject.toml, VERSION);"
                    + " declare one, or configure extra files that carry it");
        }
        if (Files.isRegularFile(dir.resolve("pom.xml"))) {
            new MavenVersions(workspace, dir).bump(newVersion);
        }
        new GradleVersions(workspace, dir).bump(newVersion);
        new NpmVersions(workspace, dir).bump(newVersion);
        new HelmChart(workspace, dir).bump(newVersion, settings.chartAppVersion());
        new PyprojectVersion(workspace, dir).bump(newVersion);
        new PlainVersionFile(workspace, dir).bump(newVersion);
        ExtraFiles extraFiles = new ExtraFiles(workspace, dir);
        for (ExtraFile extra : settings.extraFiles()) {
            extraFiles.bump(extra, newVersion);
        }
        noteDisagreement(workspace, declared, newVersion);
        return workspace.edits();
    }

    /**
     * Edits setting the version of an in-repository dependency inside {@code packageDir}'s build files. The dependency
     * is named as build files name it: Maven {@code groupId:artifactId}, an npm package name, a Helm chart name, or
     * Gradle {@code group:name}. Range prefixes are kept ({@code ^1.2.0} becomes {@code ^1.3.0}); references that
     * follow the workspace or the project ({@code workspace:*}, {@code ${project.version}}) are left alone, and so
     * are ranges with several bounds. A Maven version held in a property is set where the property is defined.
     * Lockfiles are not edited: what they resolve for a dependency only the package manager can recompute. An empty
     * list means the package does not depend on it with a version written out.
     */
    public static List<FileEdit> bumpDependency(Path packageDir, String dependencyName, String newVersion,
            BumpSettings settings) throws BumpException {
        Path dir = folder(packageDir);
        checkVersion(dir, newVersion);
        Workspace workspace = new Workspace();
        if (Files.isRegularFile(dir.resolve("pom.xml"))) {
            new MavenVersions(workspace, dir).bumpDependency(dependencyName, newVersion);
        }
        new GradleVersions(workspace, dir).bumpDependency(dependencyName, newVersion);
        new NpmVersions(workspace, dir).bumpDependency(dependencyName, newVersion);
        new HelmChart(workspace, dir).bumpDependency(dependencyName, newVersion);
        return workspace.edits();
    }

    /** The names by which other packages depend on this one, in the forms {@link #bumpDependency} accepts. */
    public static List<String> names(Path packageDir) throws BumpException {
        Path dir = folder(packageDir);
        Workspace workspace = new Workspace();
        Set<String> names = new LinkedHashSet<>();
        if (Files.isRegularFile(dir.resolve("pom.xml"))) {
            names.addAll(new MavenVersions(workspace, dir).names());
        }
        names.addAll(new GradleVersions(workspace, dir).names());
        names.addAll(new NpmVersions(workspace, dir).names());
        names.addAll(new HelmChart(workspace, dir).names());
        return List.copyOf(names);
    }

    /**
     * Writes the changed edits, each atomically (a temporary file beside it, then a move), in the file's own encoding.
     * An edit whose file changed on disk since it was read is refused, so a concurrent change is never overwritten.
     */
    public static void write(List<FileEdit> edits) throws IOException {
        for (FileEdit edit : edits) {
            if (edit.changed()) {
                writeOne(edit);
            }
        }
    }

    private static void writeOne(FileEdit edit) throws IOException {
        BuildFile onDisk;
        try {
            onDisk = BuildFile.read(edit.file());
        } catch (BumpException e) {
            throw new IOException(e.getMessage(), e);
        }
        if (!onDisk.text().equals(edit.before())) {
            throw new IOException(edit.file() + ": changed since the release read it; run the release again");
        }
        ByteBuffer bytes;
        try {
            bytes = onDisk.charset().newEncoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .encode(CharBuffer.wrap(edit.after()));
        } catch (CharacterCodingException e) {
            throw new IOException(edit.file() + ": the new version cannot be written in " + onDisk.charset().name(), e);
        }
        byte[] out = new byte[bytes.remaining()];
        bytes.get(out);
        Path target = edit.file().toAbsolutePath();
        Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
        try {
            Files.write(temp, out);
            copyPermissions(target, temp);
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** A temporary file is created private; the edited file keeps the permissions it had. */
    private static void copyPermissions(Path from, Path to) throws IOException {
        try {
            Files.setPosixFilePermissions(to, Files.getPosixFilePermissions(from));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the platform's defaults apply, as for any new file
        }
    }

    private static final Pattern SAFE_VERSION = Pattern.compile("[0-9A-Za-z][0-9A-Za-z.+_-]*");

    /**
     * Refuses versions that could break the syntax of a file they are spliced into (quotes, markup, whitespace): a
     * version is made of letters, digits and {@code . + _ -}.
     */
    private static void checkVersion(Path dir, String version) throws BumpException {
        if (version == null || !SAFE_VERSION.matcher(version).matches()) {
            throw new BumpException(dir + ": '" + version + "' is not a version that can be written into build files;"
                    + " use letters, digits and . + _ - only (e.g. 1.3.0 or 1.3.1-SNAPSHOT)");
        }
    }

    private static Path folder(Path packageDir) throws BumpException {
        if (!Files.isDirectory(packageDir)) {
            throw new BumpException(packageDir + ": not a folder; point the package at the folder holding its build files");
        }
        return packageDir;
    }

    /**
     * The versions the package's build files declare, in the order {@link #current} prefers them. With
     * {@code firstOnly}, stops at the first, so {@code current} does not read (or fail on) files it does not need.
     */
    private static List<DeclaredVersion> declarations(Workspace workspace, Path dir, boolean firstOnly)
            throws BumpException {
        List<DeclaredVersion> out = new ArrayList<>();
        GradleVersions gradle = new GradleVersions(workspace, dir);
        List<Source> sources = List.of(
                () -> Files.isRegularFile(dir.resolve("pom.xml"))
                        ? Optional.of(new MavenVersions(workspace, dir).current()) : Optional.empty(),
                gradle::fromProperties,
                () -> gradle.fromScript("build.gradle.kts"),
                () -> gradle.fromScript("build.gradle"),
                () -> new NpmVersions(workspace, dir).current(),
                () -> new HelmChart(workspace, dir).current(),
                () -> new PyprojectVersion(workspace, dir).current(),
                () -> new PlainVersionFile(workspace, dir).current());
        for (Source source : sources) {
            Optional<DeclaredVersion> found = source.read();
            if (found.isPresent()) {
                out.add(found.get());
                if (firstOnly) {
                    break;
                }
            }
        }
        return out;
    }

    /** One place a package may declare its version. */
    @FunctionalInterface
    private interface Source {
        Optional<DeclaredVersion> read() throws BumpException;
    }

    /**
     * Two build files that declared different versions (gradle.properties says 1.2.0, build.gradle.kts 1.1.0) are
     * both set, and each edit says so: the user learns the files had drifted.
     */
    private static void noteDisagreement(Workspace workspace, List<DeclaredVersion> declared, String newVersion)
            throws BumpException {
        if (declared.stream().map(DeclaredVersion::version).distinct().count() < 2) {
            return;
        }
        List<String> places = new ArrayList<>();
        for (DeclaredVersion d : declared) {
            places.add(d.file().getFileName() + ":" + d.line() + " " + d.version());
        }
        String note = "the build files declared different versions (" + String.join(", ", places)
                + "); all now declare " + newVersion;
        for (DeclaredVersion d : declared) {
            workspace.splices(workspace.file(d.file())).note(note);
        }
    }
}
