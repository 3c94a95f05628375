package dev.opsmith.scan;

import dev.opsmith.core.ScanResult;
import dev.opsmith.core.Severity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Scan options for tests: defaults everywhere, with the few knobs tests turn. */
public final class TestScans {
    private TestScans() {
    }

    public static ScanOptions options(Path root, List<Path> paths, Set<String> only) {
        return options(root, paths, only, List.of(), FileSource.DISK);
    }

    public static ScanOptions options(Path root, List<Path> paths, Set<String> only, List<Analyzer> analyzers,
                                      FileSource files) {
        return new ScanOptions(root, paths, root, only, Set.of(), Set.of(), Map.of(), Map.of(),
                new Excludes(List.of()), Severity.HIGH, Severity.INFO, Map.of(), analyzers, true, List.of(), "",
                1, files);
    }

    public static ScanResult scan(ScanOptions options) {
        try {
            return new Scanner(options).scan();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
