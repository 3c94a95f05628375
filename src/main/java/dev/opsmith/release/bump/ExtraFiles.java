package dev.opsmith.release.bump;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Stream;

/**
 * Configured extra files ({@link ExtraFile}): every match of the regex's {@code version} group is set. A glob that
 * matches no file, or a matched file where the regex finds nothing, is an error: the configuration promised a version
 * there, and a release that silently skips it would ship an inconsistent version.
 */
final class ExtraFiles {
    private static final int MAX_DEPTH = 32;

    private final Workspace workspace;
    private final Path dir;

    ExtraFiles(Workspace workspace, Path packageDir) {
        this.workspace = workspace;
        this.dir = packageDir;
    }

    void bump(ExtraFile extra, String newVersion) throws BumpException {
        Pattern pattern = compile(extra);
        List<Path> files = matching(extra);
        if (files.isEmpty()) {
            throw new BumpException(dir + ": extra file glob '" + extra.glob() + "' matches no file; fix the glob in"
                    + " the release configuration or remove the entry");
        }
        for (Path path : files) {
            BuildFile file = workspace.file(path);
            Matcher m = pattern.matcher(file.text());
            boolean found = false;
            while (m.find()) {
                if (m.start("version") >= 0) {
                    workspace.splices(file).version(m.start("version"), m.end("version"), newVersion, "pattern");
                    found = true;
                }
            }
            if (!found) {
                throw new BumpException(path + ":1: the configured pattern " + extra.regex() + " does not match;"
                        + " fix the pattern (its group 'version' must capture the version) or the file");
            }
        }
    }

    private Pattern compile(ExtraFile extra) throws BumpException {
        Pattern pattern;
        try {
            pattern = Pattern.compile(extra.regex(), Pattern.MULTILINE);
        } catch (PatternSyntaxException e) {
            throw new BumpException(dir + ": extra file pattern for '" + extra.glob() + "' is not a valid regex ("
                    + e.getDescription() + "); fix the pattern", e);
        }
        if (!extra.regex().contains("(?<version>")) {
            throw new BumpException(dir + ": extra file pattern for '" + extra.glob() + "' has no group named"
                    + " 'version'; capture the version with (?<version>…)");
        }
        return pattern;
    }

    private List<Path> matching(ExtraFile extra) throws BumpException {
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + extra.glob());
        List<Path> out = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(dir, MAX_DEPTH)) {
            walk.filter(Files::isRegularFile)
                    .filter(p -> !p.toString().contains("/.git/"))
                    .filter(p -> matcher.matches(dir.relativize(p)))
                    .sorted()
                    .forEach(out::add);
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new BumpException(dir + ": cannot list files for extra file glob '" + extra.glob() + "' ("
                    + e.getMessage() + ")", e);
        }
        return out;
    }
}
