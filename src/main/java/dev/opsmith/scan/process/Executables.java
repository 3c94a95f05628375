package dev.opsmith.scan.process;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Finding the external programs the scan may run (ShellCheck, kustomize, kubectl) the way a shell does. */
public final class Executables {
    private Executables() {
    }

    /** The first executable file {@code name} in the folders of {@code path} (a PATH value); on Windows also {@code name.exe}. */
    public static Optional<Path> onPath(String name, String path) {
        if (path == null) return Optional.empty();
        boolean windows = File.pathSeparatorChar == ';';
        for (String dir : path.split(Pattern.quote(File.pathSeparator))) {
            if (dir.isEmpty()) continue;
            for (String candidate : windows ? List.of(name + ".exe", name) : List.of(name)) {
                try {
                    Path p = Path.of(dir, candidate);
                    if (Files.isRegularFile(p) && Files.isExecutable(p)) return Optional.of(p);
                } catch (InvalidPathException e) {
                    // a PATH entry that is not a valid path names no program
                }
            }
        }
        return Optional.empty();
    }

    /** {@link #onPath(String, String)} with this process's PATH. */
    public static Optional<Path> onPath(String name) {
        return onPath(name, System.getenv("PATH"));
    }
}
