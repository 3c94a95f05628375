package dev.opsmith.release.bump;

import java.util.Objects;

/**
 * A configured extra file that carries the package's version, such as a constant in source code or a line in a
 * README.
 *
 * @param glob a glob relative to the package folder ({@code src/main/resources/version.txt}, {@code docs/*.md}),
 *     in {@link java.nio.file.FileSystem#getPathMatcher} glob syntax with {@code /} as separator
 * @param regex a regular expression with a named group {@code version}; every match in a matching file is updated,
 *     and a configured file without a match is an error, so a stale configuration cannot go unnoticed
 */
public record ExtraFile(String glob, String regex) {

    public ExtraFile {
        Objects.requireNonNull(glob, "glob");
        Objects.requireNonNull(regex, "regex");
    }
}
