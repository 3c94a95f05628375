package dev.opsmith.release.bump;

import java.nio.file.Path;

/**
 * Where a version is declared now.
 *
 * @param version the version text exactly as declared (a Maven {@code -SNAPSHOT} suffix included)
 * @param file the file that declares it (for an inherited Maven version, the parent's pom)
 * @param line the 1-based line of the version text in that file
 */
public record DeclaredVersion(String version, Path file, int line) {

    @Override
    public String toString() {
        return file + ":" + line + ": " + version;
    }
}
