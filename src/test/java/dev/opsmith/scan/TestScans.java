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

    /** Options with Terraform variable files and values given to every root module. */
    public static ScanOptions withTerraformVariables(ScanOptions o, dev.opsmith.format.terraform.eval.VariableSources variables) {
        return new ScanOptions(o.root(), o.paths(), o.repositoryRoot(), o.only(), o.skip(), o.enable(),
                o.severityOverrides(), o.ruleSettings(), o.excludes(), o.failOn(), o.threshold(), o.sizeLimits(),
                o.analyzers(), o.hadolintPragmas(), o.peerIgnores(), o.peerIgnoreSource(), o.threads(), o.files(),
                o.schemaDir(), o.render(), variables);
    }

    /** Options that render charts and kustomizations (as the command line does by default). */
    public static ScanOptions rendering(Path root, Set<String> only, dev.opsmith.scan.render.RenderOptions render) {
        ScanOptions o = options(root, List.of(root), only);
        return new ScanOptions(o.root(), o.paths(), o.repositoryRoot(), o.only(), o.skip(), o.enable(),
                o.severityOverrides(), o.ruleSettings(), o.excludes(), o.failOn(), o.threshold(), o.sizeLimits(),
                o.analyzers(), o.hadolintPragmas(), o.peerIgnores(), o.peerIgnoreSource(), o.threads(), o.files(),
                null, render);
    }

    public static ScanResult scan(ScanOptions options) {
        try {
            return new Scanner(options).scan();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
