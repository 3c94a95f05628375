package dev.opsmith.scan;

import dev.opsmith.core.Format;
import dev.opsmith.core.Severity;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A fully resolved scan request: the command line, the configuration file and the defaults already merged,
 * rule ids already resolved to ours.
 *
 * @param only         when non-empty, exactly these rules run (opt-in ones included)
 * @param failOn       null: never fail on findings
 * @param sizeLimits   per format, bytes
 * @param peerIgnores  peer ids waived in every file (hadolint's {@code ignored:}), with {@code peerIgnoreSource}
 * @param schemaDir    custom resource schemas of {@code --schema-dir}, or null
 * @param render       how charts and kustomizations are rendered, or null: not rendered (a notice per chart)
 * @param terraformVariables variable files and values given to Terraform root modules ({@code --tf-vars},
 *                     {@code --tf-var}, {@code terraform.var-files} in the configuration)
 * @param planSizeLimit largest Terraform plan JSON scanned, bytes ({@code limits.terraform-plan}; 0: 200 MiB)
 */
public record ScanOptions(
        Path root,
        List<Path> paths,
        Path repositoryRoot,
        Set<String> only,
        Set<String> skip,
        Set<String> enable,
        Map<String, Severity> severityOverrides,
        Map<String, Map<String, List<String>>> ruleSettings,
        Excludes excludes,
        Severity failOn,
        Severity threshold,
        Map<Format, Long> sizeLimits,
        List<Analyzer> analyzers,
        boolean hadolintPragmas,
        List<String> peerIgnores,
        String peerIgnoreSource,
        int threads,
        FileSource files,
        SchemaDirectory schemaDir,
        dev.opsmith.scan.render.RenderOptions render,
        dev.opsmith.format.terraform.eval.VariableSources terraformVariables,
        long planSizeLimit) {

    public ScanOptions {
        if (terraformVariables == null) terraformVariables = dev.opsmith.format.terraform.eval.VariableSources.NONE;
        if (planSizeLimit <= 0) planSizeLimit = DEFAULT_PLAN_SIZE_LIMIT;
    }

    /** With the default limit for plans. */
    public ScanOptions(Path root, List<Path> paths, Path repositoryRoot, Set<String> only, Set<String> skip,
                       Set<String> enable, Map<String, Severity> severityOverrides,
                       Map<String, Map<String, List<String>>> ruleSettings, Excludes excludes, Severity failOn,
                       Severity threshold, Map<Format, Long> sizeLimits, List<Analyzer> analyzers,
                       boolean hadolintPragmas, List<String> peerIgnores, String peerIgnoreSource, int threads,
                       FileSource files, SchemaDirectory schemaDir, dev.opsmith.scan.render.RenderOptions render,
                       dev.opsmith.format.terraform.eval.VariableSources terraformVariables) {
        this(root, paths, repositoryRoot, only, skip, enable, severityOverrides, ruleSettings, excludes, failOn,
                threshold, sizeLimits, analyzers, hadolintPragmas, peerIgnores, peerIgnoreSource, threads, files,
                schemaDir, render, terraformVariables, DEFAULT_PLAN_SIZE_LIMIT);
    }

    /** Without Terraform variable files or values. */
    public ScanOptions(Path root, List<Path> paths, Path repositoryRoot, Set<String> only, Set<String> skip,
                       Set<String> enable, Map<String, Severity> severityOverrides,
                       Map<String, Map<String, List<String>>> ruleSettings, Excludes excludes, Severity failOn,
                       Severity threshold, Map<Format, Long> sizeLimits, List<Analyzer> analyzers,
                       boolean hadolintPragmas, List<String> peerIgnores, String peerIgnoreSource, int threads,
                       FileSource files, SchemaDirectory schemaDir, dev.opsmith.scan.render.RenderOptions render) {
        this(root, paths, repositoryRoot, only, skip, enable, severityOverrides, ruleSettings, excludes, failOn,
                threshold, sizeLimits, analyzers, hadolintPragmas, peerIgnores, peerIgnoreSource, threads, files,
                schemaDir, render, null);
    }

    /** Without rendering. */
    public ScanOptions(Path root, List<Path> paths, Path repositoryRoot, Set<String> only, Set<String> skip,
                       Set<String> enable, Map<String, Severity> severityOverrides,
                       Map<String, Map<String, List<String>>> ruleSettings, Excludes excludes, Severity failOn,
                       Severity threshold, Map<Format, Long> sizeLimits, List<Analyzer> analyzers,
                       boolean hadolintPragmas, List<String> peerIgnores, String peerIgnoreSource, int threads,
                       FileSource files, SchemaDirectory schemaDir) {
        this(root, paths, repositoryRoot, only, skip, enable, severityOverrides, ruleSettings, excludes, failOn,
                threshold, sizeLimits, analyzers, hadolintPragmas, peerIgnores, peerIgnoreSource, threads, files, schemaDir, null);
    }

    /** Without a schema folder. */
    public ScanOptions(Path root, List<Path> paths, Path repositoryRoot, Set<String> only, Set<String> skip,
                       Set<String> enable, Map<String, Severity> severityOverrides,
                       Map<String, Map<String, List<String>>> ruleSettings, Excludes excludes, Severity failOn,
                       Severity threshold, Map<Format, Long> sizeLimits, List<Analyzer> analyzers,
                       boolean hadolintPragmas, List<String> peerIgnores, String peerIgnoreSource, int threads,
                       FileSource files) {
        this(root, paths, repositoryRoot, only, skip, enable, severityOverrides, ruleSettings, excludes, failOn,
                threshold, sizeLimits, analyzers, hadolintPragmas, peerIgnores, peerIgnoreSource, threads, files, null, null);
    }

    public static final long DEFAULT_SIZE_LIMIT = 5L * 1024 * 1024;

    /** Key of {@link #ruleSettings()} whose settings every rule sees (scan-wide: {@code kube-version}). */
    public static final String ALL_RULES = "*";

    /** Terraform plan JSON may be much larger than hand-written files; it is streamed, never held as text. */
    public static final long DEFAULT_PLAN_SIZE_LIMIT = dev.opsmith.format.terraform.plan.PlanReader.DEFAULT_MAX_BYTES;

    public long sizeLimit(Format format) {
        return sizeLimits.getOrDefault(format, DEFAULT_SIZE_LIMIT);
    }
}
