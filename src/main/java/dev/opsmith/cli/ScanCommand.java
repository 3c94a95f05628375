package dev.opsmith.cli;

import dev.opsmith.core.Severity;
import dev.opsmith.report.Reporter;
import dev.opsmith.report.Reporters;
import dev.opsmith.report.TextReporter;
import dev.opsmith.core.ScanResult;
import dev.opsmith.scan.Scanner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code opsmith scan}: find, parse and check files; print one or more reports. */
@Command(name = "scan", sortOptions = false,
        description = "Scan files and folders (default: the current folder) and report findings.")
final class ScanCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PATH", description = "Files or folders to scan (default: .).")
    List<String> paths = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", description = "Output format: text, json, sarif. Repeatable.")
    List<String> formats = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "[FORMAT=]FILE",
            description = "Write the report to FILE; with several formats, FORMAT=FILE for each.")
    List<String> outputs = new ArrayList<>();

    @Option(names = "--fail-on", paramLabel = "SEVERITY",
            description = "Exit 1 when an unsuppressed finding is at or above SEVERITY (critical|high|medium|low|info|none; default high).")
    String failOn;

    @Option(names = "--severity-threshold", paramLabel = "SEVERITY", description = "Hide findings below SEVERITY.")
    String threshold;

    @Option(names = "--rule", paramLabel = "ID", split = ",", description = "Run only these rules (ours or a peer's equivalent id).")
    List<String> only = new ArrayList<>();

    @Option(names = "--skip-rule", paramLabel = "ID", split = ",", description = "Do not run these rules.")
    List<String> skip = new ArrayList<>();

    @Option(names = "--enable-rule", paramLabel = "ID", split = ",", description = "Turn on these opt-in rules.")
    List<String> enable = new ArrayList<>();

    @Option(names = "--exclude", paramLabel = "GLOB", description = "Skip paths matching GLOB (relative to the scan root). Repeatable.")
    List<String> excludes = new ArrayList<>();

    @Option(names = "--config", paramLabel = "FILE", description = "Configuration file (default: .opsmith.yaml at the scan root).")
    Path config;

    @Option(names = "--shellcheck", paramLabel = "MODE", description = "Run ShellCheck on RUN scripts: auto (when installed), off, required.")
    String shellcheck;

    @Option(names = "--sarif-root", paramLabel = "DIR", description = "Make SARIF paths relative to DIR (default: the git work tree, else the scan root).")
    Path sarifRoot;

    @Option(names = "--kube-version", paramLabel = "VERSION",
            description = "Kubernetes version manifests are checked against, e.g. 1.31 (default: the newest release opsmith knows).")
    String kubeVersion;

    @Option(names = "--schema-dir", paramLabel = "DIR",
            description = "JSON schemas of custom resources, as kubeconform lays them out: {kind}_{version}.json or {group}/{kind}_{version}.json.")
    Path schemaDir;

    @Option(names = "--pss-profile", paramLabel = "PROFILE",
            description = "Pod Security Standards profile: restricted (default) or baseline (turns off restricted-only rules).")
    String pssProfile;

    @Option(names = "--show-unknown",
            description = "Report, at info, each check that could not be decided because a value is unknown (Terraform: unset variables, values known only after apply), naming the unknown inputs.")
    boolean showUnknown;

    @Option(names = "--tf-vars", paramLabel = "FILE",
            description = "Terraform variable file for every root module, read after terraform.tfvars and *.auto.tfvars as terraform's -var-file. Repeatable.")
    List<Path> tfVarFiles = new ArrayList<>();

    @Option(names = "--tf-var", paramLabel = "NAME=VALUE",
            description = "Terraform variable value for every root module, read last as terraform's -var. Repeatable.")
    List<String> tfVars = new ArrayList<>();

    @Option(names = "--helm", paramLabel = "MODE",
            description = "Render Helm charts with the embedded Helm: auto (default) or off.")
    String helm;

    @Option(names = "--helm-values", paramLabel = "FILE",
            description = "Values file for every chart, after its values.yaml (relative to the working folder, else to the chart). Repeatable.")
    List<Path> helmValues = new ArrayList<>();

    @Option(names = "--helm-set", paramLabel = "KEY=VALUE", description = "A value for every chart, as helm's --set. Repeatable.")
    List<String> helmSet = new ArrayList<>();

    @Option(names = "--helm-values-matrix", paramLabel = "ENV=FILE[+FILE],…", split = ",",
            description = "Render each chart once per environment, e.g. dev=values-dev.yaml,prod=values-prod.yaml; findings name their environments. "
                    + "Default: values-<env>.yaml files beside a chart's values.yaml.")
    List<String> helmMatrix = new ArrayList<>();

    @Option(names = "--kustomize", paramLabel = "MODE",
            description = "Build kustomizations with kustomize or kubectl: auto (default: when either is on PATH), off, required.")
    String kustomize;

    @Option(names = "--render-timeout", paramLabel = "SECONDS", description = "Longest time one chart or kustomization may render (default 60).")
    Integer renderTimeout;

    @Option(names = "--threads", paramLabel = "N", description = "Files scanned in parallel (default: number of cores).")
    Integer threads;

    @Option(names = "--no-color", description = "Never colour the text report (colours are used on a terminal unless NO_COLOR is set).")
    boolean noColor;

    @Option(names = {"-q", "--quiet"}, description = "Text report: only the finding lines, no excerpts or summary.")
    boolean quiet;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ScanSettings settings = ScanSettings.resolve(this, Path.of("").toAbsolutePath());
        for (String warning : settings.warnings()) err.println("opsmith: warning: " + warning);
        Map<String, Path> targets = outputTargets();
        ScanResult result = new Scanner(settings.options()).scan();
        for (Map.Entry<String, Path> target : targets.entrySet()) {
            Reporter reporter = target.getKey().equals("text")
                    ? new TextReporter(useColor(target.getValue()), quiet)
                    : Reporters.forFormat(target.getKey());
            if (target.getValue() == null) {
                reporter.write(result, out);
                out.flush();
            } else {
                writeAtomically(target.getValue(), w -> reporter.write(result, w));
            }
        }
        return result.failing() > 0 ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    /** Format → file (null: standard output), in the order given. */
    private Map<String, Path> outputTargets() {
        List<String> fmts = new ArrayList<>();
        for (String f : formats.isEmpty() ? List.of("text") : formats) {
            String id = f.strip().toLowerCase(java.util.Locale.ROOT);
            if (!Reporters.FORMATS.contains(id)) {
                throw new UserError("unknown --format '" + f + "'; use one of " + String.join(", ", Reporters.FORMATS));
            }
            if (!fmts.contains(id)) fmts.add(id);
        }
        Map<String, Path> targets = new LinkedHashMap<>();
        for (String f : fmts) targets.put(f, null);
        for (String o : outputs) {
            int eq = o.indexOf('=');
            String key = eq > 0 ? o.substring(0, eq).strip().toLowerCase(java.util.Locale.ROOT) : null;
            if (key != null && Reporters.FORMATS.contains(key)) {
                if (!targets.containsKey(key)) targets.put(key, null);
                targets.put(key, Path.of(o.substring(eq + 1)));
            } else if (fmts.size() == 1) {
                targets.put(fmts.get(0), Path.of(o));
            } else {
                throw new UserError("with several --format values, name the format of each output: --output FORMAT=FILE");
            }
        }
        long toStdout = targets.values().stream().filter(p -> p == null).count();
        if (toStdout > 1) {
            throw new UserError("only one report can go to standard output; give --output FORMAT=FILE for the others");
        }
        return targets;
    }

    private boolean useColor(Path target) {
        if (noColor || target != null) return false;
        if (System.getenv("NO_COLOR") != null && !System.getenv("NO_COLOR").isEmpty()) return false;
        if ("dumb".equals(System.getenv("TERM"))) return false;
        return System.console() != null;
    }

    interface WriterBody {
        void write(Writer w) throws IOException;
    }

    /** Writes to a temporary file beside the target, then moves it in place: a failed run never leaves half a report. */
    static void writeAtomically(Path target, WriterBody body) throws IOException {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        if (dir != null && !Files.isDirectory(dir)) {
            throw new UserError("cannot write " + target + ": folder " + dir + " does not exist");
        }
        StringWriter buffer = new StringWriter();
        body.write(buffer);
        Path tmp = Files.createTempFile(dir, "." + abs.getFileName(), ".tmp");
        try {
            Files.writeString(tmp, buffer.toString(), StandardCharsets.UTF_8);
            Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    static Severity parseSeverity(String option, String value) {
        Severity s = Severity.parse(value);
        if (s == null) {
            throw new UserError(option + ": unknown severity '" + value + "'; use critical, high, medium, low or info");
        }
        return s;
    }
}
