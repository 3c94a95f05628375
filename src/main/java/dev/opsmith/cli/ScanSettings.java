package dev.opsmith.cli;

import dev.opsmith.config.Config;
import dev.opsmith.config.ConfigException;
import dev.opsmith.config.ConfigLoader;
import dev.opsmith.config.HadolintConfig;
import dev.opsmith.core.Format;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.rules.Rules;
import dev.opsmith.rules.kubernetes.PodSecurityStandards;
import dev.opsmith.scan.Analyzer;
import dev.opsmith.scan.Excludes;
import dev.opsmith.scan.FileSource;
import dev.opsmith.scan.ScanOptions;
import dev.opsmith.scan.render.RenderOptions;
import dev.opsmith.format.terraform.eval.Tfvars;
import dev.opsmith.format.terraform.eval.VariableSources;
import dev.opsmith.format.terraform.hcl.ConfigFile;
import dev.opsmith.format.terraform.hcl.HclParseException;
import dev.opsmith.format.terraform.hcl.TerraformFiles;
import dev.opsmith.scan.SchemaDirectory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Layers the command line over the configuration file over the defaults, once, into {@link ScanOptions}. */
record ScanSettings(ScanOptions options, List<String> warnings) {

    static ScanSettings resolve(ScanCommand cmd, Path cwd) {
        return resolve(cmd, cwd, FileSource.DISK, ShellCheckSetup::analyzers);
    }

    interface AnalyzerFactory {
        List<Analyzer> create(String mode);
    }

    static ScanSettings resolve(ScanCommand cmd, Path cwd, FileSource files, AnalyzerFactory analyzerFactory) {
        List<String> warnings = new ArrayList<>();
        List<Path> paths = new ArrayList<>();
        for (String p : cmd.paths.isEmpty() ? List.of(".") : cmd.paths) {
            Path path = cwd.resolve(p).normalize();
            if (!Files.exists(path)) throw new UserError(p + ": no such file or folder");
            paths.add(path);
        }
        Path root = paths.size() == 1 && Files.isDirectory(paths.get(0)) ? paths.get(0) : cwd;

        Config config;
        try {
            config = cmd.config != null
                    ? ConfigLoader.load(cwd.resolve(cmd.config), cmd.config.toString())
                    : ConfigLoader.loadDefault(root);
        } catch (ConfigException e) {
            throw new UserError(e.problems());
        }

        Set<String> only = resolveIds("--rule", cmd.only, config);
        Set<String> skip = resolveIds("--skip-rule", cmd.skip, config);
        skip.addAll(resolveIds("rules.disable", config.disable(), config));
        String pss = cmd.pssProfile != null ? cmd.pssProfile : config.pssProfile() != null ? config.pssProfile() : "restricted";
        if (!List.of("baseline", "restricted").contains(pss)) {
            throw new UserError("--pss-profile: unknown profile '" + pss + "'; use baseline or restricted");
        }
        if (pss.equals("baseline")) skip.addAll(PodSecurityStandards.RESTRICTED_ONLY);
        Set<String> enable = resolveIds("--enable-rule", cmd.enable, config);
        enable.addAll(resolveIds("rules.enable", config.enable(), config));
        Map<String, Severity> overrides = new LinkedHashMap<>();
        config.severityOverrides().forEach((id, severity) -> {
            for (String ours : resolveIds("rules.severity", List.of(id), config)) overrides.put(ours, severity);
        });

        Map<String, Map<String, List<String>>> ruleSettings = new LinkedHashMap<>();
        config.ruleSettings().forEach((id, values) -> {
            for (String ours : resolveIds("rules.settings", List.of(id), config)) ruleSettings.put(ours, values);
        });

        String kubeVersion = cmd.kubeVersion != null ? cmd.kubeVersion : config.kubeVersion();
        if (kubeVersion != null) {
            if (!kubeVersion.matches("v?1\\.\\d{1,2}(\\.\\d+)?")) {
                throw new UserError("--kube-version: '" + kubeVersion + "' is not a Kubernetes version; write it as 1.31");
            }
            ruleSettings.computeIfAbsent(ScanOptions.ALL_RULES, k -> new LinkedHashMap<>()).put("kube-version", List.of(kubeVersion));
        }
        if (cmd.showUnknown) {
            ruleSettings.computeIfAbsent(ScanOptions.ALL_RULES, k -> new LinkedHashMap<>())
                    .put(dev.opsmith.rules.RuleContext.SHOW_UNKNOWN, List.of("true"));
        }

        SchemaDirectory schemaDir = schemaDir(cmd, config, cwd, root, warnings);

        Severity failOn;
        String failOnText = cmd.failOn != null ? cmd.failOn : null;
        if (failOnText != null && failOnText.equalsIgnoreCase("none")) {
            failOn = null;
        } else if (failOnText != null) {
            failOn = ScanCommand.parseSeverity("--fail-on", failOnText);
        } else {
            failOn = config.failOn() != null ? config.failOn() : Severity.HIGH;
        }
        Severity threshold = cmd.threshold != null ? ScanCommand.parseSeverity("--severity-threshold", cmd.threshold)
                : config.severityThreshold() != null ? config.severityThreshold() : Severity.INFO;

        List<String> excludeGlobs = new ArrayList<>(config.exclude());
        excludeGlobs.addAll(cmd.excludes);

        Map<Format, Long> limits = new EnumMap<>(Format.class);
        Long all = config.sizeLimits().get("max-file-size");
        for (Format f : Format.values()) {
            Long specific = config.sizeLimits().get(f.id());
            limits.put(f, specific != null ? specific : all != null ? all : ScanOptions.DEFAULT_SIZE_LIMIT);
        }

        String shellcheckMode = cmd.shellcheck != null ? cmd.shellcheck : config.shellcheck() != null ? config.shellcheck() : "auto";
        if (!List.of("auto", "off", "required").contains(shellcheckMode)) {
            throw new UserError("--shellcheck: unknown mode '" + shellcheckMode + "'; use auto, off or required");
        }
        List<Analyzer> analyzers = analyzerFactory.create(shellcheckMode);

        boolean pragmas = config.hadolintPragmas() == null || config.hadolintPragmas();
        List<String> peerIgnores = new ArrayList<>();
        String peerSource = "";
        var hadolintFile = HadolintConfig.locate(root, config.hadolintConfig());
        if (hadolintFile.isPresent()) {
            Path hf = hadolintFile.get();
            peerSource = root.relativize(hf.toAbsolutePath().normalize()).toString().replace('\\', '/');
            if (!Files.isRegularFile(hf)) {
                throw new UserError(config.source() + ": migration.hadolint.config: " + peerSource + " does not exist");
            }
            try {
                for (String id : HadolintConfig.ignored(hf, peerSource)) {
                    if (Rules.resolve(id).isEmpty()) {
                        warnings.add(peerSource + ": ignored rule " + id + " has no opsmith equivalent; nothing to waive");
                    } else {
                        peerIgnores.add(id);
                    }
                }
            } catch (ConfigException e) {
                throw new UserError(e.problems());
            }
        }

        Path repoRoot = cmd.sarifRoot != null ? cwd.resolve(cmd.sarifRoot).normalize() : gitWorkTree(root);
        int threads = cmd.threads != null ? Math.max(1, cmd.threads) : Runtime.getRuntime().availableProcessors();
        ScanOptions options = new ScanOptions(root, paths, repoRoot, only, skip, enable, overrides, ruleSettings,
                new Excludes(excludeGlobs), failOn, threshold, limits, analyzers, pragmas, peerIgnores, peerSource,
                threads, files, schemaDir, renderOptions(cmd, kubeVersion), terraformVariables(cmd, config, cwd, root),
                config.sizeLimits().getOrDefault("terraform-plan", 0L));
        return new ScanSettings(options, warnings);
    }

    /**
     * {@code --tf-vars}, {@code --tf-var} and {@code terraform.var-files}, read and parsed now: a missing or broken
     * variable file stops the scan with its place, before any work.
     */
    private static VariableSources terraformVariables(ScanCommand cmd, Config config, Path cwd, Path root) {
        List<ConfigFile> given = new ArrayList<>();
        for (Path p : cmd.tfVarFiles) given.add(variableFile(cwd.resolve(p).normalize(), root, "--tf-vars " + p));
        for (String assignment : cmd.tfVars) {
            if (Tfvars.commandLine(assignment).isEmpty()) {
                throw new UserError("--tf-var: '" + assignment + "' is not NAME=VALUE");
            }
        }
        Path base = cmd.config != null ? cwd.resolve(cmd.config).toAbsolutePath().normalize().getParent() : root;
        Map<String, List<ConfigFile>> byRoot = new LinkedHashMap<>();
        config.terraformVarFiles().forEach((folder, files) -> {
            String where = config.where("terraform.var-files." + folder).orElse(config.source());
            Path dir = base.resolve(folder).normalize();
            if (!Files.isDirectory(dir)) {
                throw new UserError(where + ": terraform.var-files: folder " + folder + " does not exist; "
                        + "write the root module's folder relative to the configuration file");
            }
            String key = root.relativize(dir.toAbsolutePath().normalize()).toString().replace('\\', '/');
            List<ConfigFile> parsed = new ArrayList<>();
            for (String f : files) parsed.add(variableFile(dir.resolve(f).normalize(), root, where + ": " + f));
            byRoot.put(key, parsed);
        });
        return new VariableSources(byRoot, given, cmd.tfVars);
    }

    private static ConfigFile variableFile(Path file, Path root, String what) {
        if (!Files.isRegularFile(file)) throw new UserError(what + ": no such file");
        String name = file.getFileName().toString();
        if (TerraformFiles.kind(name).orElse(null) != TerraformFiles.Kind.VARIABLES) {
            throw new UserError(what + ": not a Terraform variable file (.tfvars or .tfvars.json)");
        }
        Path abs = file.toAbsolutePath().normalize();
        String shown = abs.startsWith(root) ? root.relativize(abs).toString().replace('\\', '/') : abs.toString();
        try {
            return TerraformFiles.parse(dev.opsmith.core.SourceFile.of(shown, Files.readString(abs)));
        } catch (java.io.IOException e) {
            throw new UserError(what + ": cannot read: " + e.getMessage());
        } catch (HclParseException e) {
            throw new UserError(shown + ":" + e.span().line() + ":" + e.span().column() + ": " + e.reason()
                    + " (" + what + ")");
        }
    }

    /** Helm and kustomize options; the Kubernetes version Helm renders for is the one rules check against. */
    private static RenderOptions renderOptions(ScanCommand cmd, String kubeVersion) {
        String helm = cmd.helm == null ? "auto" : cmd.helm.toLowerCase(java.util.Locale.ROOT);
        if (!List.of("auto", "off").contains(helm)) throw new UserError("--helm: unknown mode '" + cmd.helm + "'; use auto or off");
        String kustomize = cmd.kustomize == null ? "auto" : cmd.kustomize.toLowerCase(java.util.Locale.ROOT);
        if (!List.of("auto", "off", "required").contains(kustomize)) {
            throw new UserError("--kustomize: unknown mode '" + cmd.kustomize + "'; use auto, off or required");
        }
        Map<String, String> set = new java.util.LinkedHashMap<>();
        for (String kv : cmd.helmSet) {
            int eq = kv.indexOf('=');
            if (eq <= 0) throw new UserError("--helm-set: '" + kv + "' is not KEY=VALUE");
            set.put(kv.substring(0, eq), kv.substring(eq + 1));
        }
        Map<String, List<Path>> matrix = new java.util.LinkedHashMap<>();
        for (String entry : cmd.helmMatrix) {
            int eq = entry.indexOf('=');
            if (eq <= 0 || eq == entry.length() - 1) {
                throw new UserError("--helm-values-matrix: '" + entry + "' is not ENV=FILE (several files: ENV=a.yaml+b.yaml)");
            }
            List<Path> files = new ArrayList<>();
            for (String f : entry.substring(eq + 1).split("\\+")) files.add(Path.of(f));
            if (matrix.put(entry.substring(0, eq), files) != null) {
                throw new UserError("--helm-values-matrix: environment '" + entry.substring(0, eq) + "' is given twice");
            }
        }
        int timeout = cmd.renderTimeout == null ? 60 : cmd.renderTimeout;
        if (timeout < 1) throw new UserError("--render-timeout: must be at least 1 second");
        String version = kubeVersion == null ? dev.opsmith.format.kubernetes.schema.KubeVersion.CURRENT.toString()
                : kubeVersion.replaceFirst("^v", "");
        return new RenderOptions(helm.equals("auto"), cmd.helmValues, set, matrix, version, kustomize, null, timeout * 1000L);
    }

    /** {@code --schema-dir}, else {@code kubernetes.schema-dir} relative to the configuration file; listed once. */
    private static SchemaDirectory schemaDir(ScanCommand cmd, Config config, Path cwd, Path root, List<String> warnings) {
        String where;
        Path dir;
        if (cmd.schemaDir != null) {
            where = "--schema-dir";
            dir = cwd.resolve(cmd.schemaDir).normalize();
        } else if (config.schemaDir() != null) {
            where = config.source() + ": kubernetes.schema-dir";
            Path configDir = cmd.config != null ? cwd.resolve(cmd.config).toAbsolutePath().getParent() : root;
            dir = configDir.resolve(config.schemaDir()).normalize();
        } else {
            return null;
        }
        if (!Files.isDirectory(dir)) {
            throw new UserError(where + ": " + dir + " is not a folder; name the folder of custom resource schemas");
        }
        try {
            String shown = cmd.schemaDir != null ? cmd.schemaDir.toString() : config.schemaDir();
            SchemaDirectory found = SchemaDirectory.open(dir, shown.replace('\\', '/').replaceAll("/+$", ""));
            if (found.size() == 0) {
                warnings.add(where + ": no schema files in " + shown + " (expected {kind}_{version}.json, e.g. "
                        + "certificate_v1.json, or {group}/{kind}_{version}.json)");
            }
            return found;
        } catch (java.io.IOException e) {
            throw new UserError(where + ": " + dir + " cannot be read (" + e.getMessage() + ")");
        }
    }

    /** Our rule ids for ids given on the command line or in the configuration (peer ids accepted). */
    private static Set<String> resolveIds(String where, List<String> ids, Config config) {
        Set<String> out = new LinkedHashSet<>();
        for (String id : ids) {
            List<RuleMeta> metas = Rules.resolve(id);
            if (metas.isEmpty()) {
                String place = where.startsWith("--") ? where : config.where(id).orElse(config.source()) + ": " + where;
                throw new UserError(place + ": unknown rule id '" + id + "'; `opsmith rules` lists the ids");
            }
            for (RuleMeta m : metas) out.add(m.id());
        }
        return out;
    }

    /** The git work tree containing {@code dir}, else {@code dir}: SARIF paths are relative to it. */
    static Path gitWorkTree(Path dir) {
        for (Path p = dir.toAbsolutePath().normalize(); p != null; p = p.getParent()) {
            if (Files.exists(p.resolve(".git"))) return p;
        }
        return dir.toAbsolutePath().normalize();
    }
}
