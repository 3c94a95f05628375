package dev.opsmith.scan;

import dev.opsmith.core.ScanResult;
import dev.opsmith.core.ExternalFinding;
import dev.opsmith.core.Finding;
import dev.opsmith.core.Fingerprints;
import dev.opsmith.core.Format;
import dev.opsmith.core.Notice;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.core.Severity;
import dev.opsmith.core.SourceFile;
import dev.opsmith.core.Span;
import dev.opsmith.core.ToolInfo;
import dev.opsmith.rules.ParseError;
import dev.opsmith.rules.Rule;
import dev.opsmith.rules.RuleContext;
import dev.opsmith.rules.Rules;
import dev.opsmith.scan.render.RenderResult;
import dev.opsmith.scan.render.RenderStage;
import dev.opsmith.scan.render.Rendering;
import dev.opsmith.suppress.Suppressions;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs discover → detect → parse → analyse → rules → suppress → overrides, files in parallel, and returns a
 * deterministic result (sorted by file, line, column, rule id).
 */
public final class Scanner {

    /** Order of findings in every report. */
    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::file)
            .thenComparingInt(f -> f.span().line())
            .thenComparingInt(f -> f.span().column())
            .thenComparing(Finding::ruleId)
            .thenComparingInt(f -> f.span().endLine())
            .thenComparingInt(f -> f.span().endColumn())
            .thenComparing(Finding::message);

    private static final int BINARY_SNIFF = 8192;

    private final ScanOptions options;
    private final List<Rule> rules;
    /** Each enabled rule's settings, merged once per scan. */
    private final Map<String, Map<String, List<String>>> ruleSettings;

    public Scanner(ScanOptions options) {
        this.options = options;
        this.rules = Rules.all().stream().filter(r -> enabled(r.meta())).toList();
        Map<String, Map<String, List<String>>> settings = new HashMap<>();
        for (Rule r : rules) settings.put(r.meta().id(), mergedSettings(r.meta().id()));
        this.ruleSettings = Map.copyOf(settings);
    }

    private boolean enabled(RuleMeta meta) {
        if (options.skip().contains(meta.id())) return false;
        if (!options.only().isEmpty()) return options.only().contains(meta.id());
        return meta.defaultEnabled() || options.enable().contains(meta.id());
    }

    /** One file's outcome. */
    private record FileOutcome(List<Finding> findings, List<Notice> notices, boolean parseError, boolean scanned) {
    }

    public ScanResult scan() throws IOException {
        long started = System.nanoTime();
        Discovery.Result discovered = Discovery.discover(options.root(), options.paths(), options.excludes());
        List<Notice> notices = new ArrayList<>(discovered.notices());
        RenderResult rendered = render(discovered, notices);
        List<Discovery.Candidate> candidates = discovered.files().stream()
                .filter(c -> c.explicit() || !rendered.covered().contains(c.relativePath())).toList();

        int threads = Math.max(1, Math.min(options.threads(), candidates.size()));
        Map<Format, Object> indexes = buildIndexes(candidates, threads, notices);
        List<FileOutcome> outcomes = new ArrayList<>();
        if (threads == 1) {
            for (Discovery.Candidate c : candidates) outcomes.add(scanFile(c, indexes));
        } else {
            ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "opsmith-scan");
                t.setDaemon(true);
                return t;
            });
            try {
                List<Future<FileOutcome>> futures = new ArrayList<>();
                for (Discovery.Candidate c : candidates) futures.add(pool.submit(() -> scanFile(c, indexes)));
                for (Future<FileOutcome> f : futures) outcomes.add(f.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("scan interrupted", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("scan failed: " + e.getCause(), e.getCause()); // an OutOfMemoryError says so
            } finally {
                pool.shutdownNow();
            }
        }

        List<Finding> all = new ArrayList<>();
        int files = rendered.covered().size(); // read through the kustomizations that rendered them
        int parseErrors = 0;
        all.addAll(renderedFindings(rendered, indexes, notices));
        for (FileOutcome o : outcomes) {
            all.addAll(o.findings());
            notices.addAll(o.notices());
            if (o.scanned()) files++;
            if (o.parseError()) parseErrors++;
        }
        all.sort(ORDER);
        int failing = 0;
        List<Finding> shown = new ArrayList<>();
        for (Finding f : all) {
            if (!f.suppressed() && options.failOn() != null && f.severity().atLeast(options.failOn())) failing++;
            if (f.severity().atLeast(options.threshold())) shown.add(f);
        }
        Map<String, String> tools = new TreeMap<>();
        for (Analyzer a : options.analyzers()) tools.put(a.tool(), a.version());
        List<RuleMeta> ran = new ArrayList<>();
        ran.add(ParseError.META);
        for (RuleMeta m : dev.opsmith.rules.RenderRules.ALL) if (renderRuleEnabled(m)) ran.add(m);
        for (Rule r : rules) ran.add(r.meta());
        ran.sort(Comparator.comparing(RuleMeta::id));
        notices.sort(Comparator.comparing(Notice::file).thenComparing(Notice::message));
        long durationMs = (System.nanoTime() - started) / 1_000_000;
        String shownRoot = options.root().toString();
        return new ScanResult(ToolInfo.current(), shownRoot, options.root().toAbsolutePath().normalize(),
                options.repositoryRoot(), shown, ran, tools, notices.stream().distinct().toList(),
                files, parseErrors, failing, durationMs);
    }

    /**
     * The index stage: for formats whose rules look across files (Kubernetes), a first pass parses each file
     * and keeps only compact summaries; the documents are dropped, so memory stays bounded.
     */
    private Map<Format, Object> buildIndexes(List<Discovery.Candidate> candidates, int threads, List<Notice> notices) {
        java.util.Set<Format> wanted = java.util.EnumSet.noneOf(Format.class);
        for (Rule r : rules) if (FormatHandlers.forFormat(r.format()).indexes()) wanted.add(r.format());
        if (wanted.isEmpty()) return Map.of();
        List<Discovery.Candidate> relevant = candidates.stream().filter(c -> FormatDetector.byName(
                c.path().getFileName().toString()).map(d -> wanted.contains(d.format()))
                .orElseGet(() -> wanted.contains(Format.TERRAFORM) && isPlanJson(c))).toList();
        // each file's summaries, kept with its format: an index sees only summaries of its own format
        List<Map.Entry<Format, List<Object>>> perFile = parallel(relevant, threads, c -> {
            Loaded loaded = load(c);
            if (loaded.early() != null) return Map.entry(Format.KUBERNETES, List.of());
            Format format = loaded.detection().format();
            FormatHandler handler = FormatHandlers.forFormat(format);
            try {
                return Map.entry(format, handler.summarize(handler.parse(loaded.source(), options.files()), loaded.source()));
            } catch (FormatHandler.ParseFailure e) {
                return Map.entry(format, List.of()); // reported by the second pass
            }
        });
        Map<Format, Object> out = new java.util.EnumMap<>(Format.class);
        for (Format f : wanted) {
            List<Object> all = new ArrayList<>();
            for (Map.Entry<Format, List<Object>> e : perFile) if (e.getKey() == f) all.addAll(e.getValue());
            if (f == Format.KUBERNETES && options.schemaDir() != null) {
                all.addAll(options.schemaDir().schemasFor(all, notices)); // after the scan's CRDs: those win
            }
            Object index = f == Format.TERRAFORM
                    ? TerraformHandler.index(all, options.terraformVariables())
                    : FormatHandlers.forFormat(f).index(all);
            if (index instanceof dev.opsmith.format.terraform.eval.ScannedModules modules) {
                notices.addAll(modules.notes());
            }
            out.put(f, index);
        }
        return out;
    }

    private static <T> List<T> parallel(List<Discovery.Candidate> items, int threads,
                                        java.util.function.Function<Discovery.Candidate, T> work) {
        if (threads <= 1 || items.size() < 2) return items.stream().map(work).toList();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "opsmith-index");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Discovery.Candidate c : items) futures.add(pool.submit(() -> work.apply(c)));
            List<T> out = new ArrayList<>();
            for (Future<T> f : futures) out.add(f.get());
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("index interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("index failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** A file read and decoded for its format, or the outcome that ends its scan early (failure, not ours). */
    private record Loaded(FormatDetector.Detection detection, SourceFile source, FileOutcome early) {
        static Loaded stop(FileOutcome outcome) {
            return new Loaded(null, null, outcome);
        }
    }

    private FileOutcome scanFile(Discovery.Candidate candidate, Map<Format, Object> indexes) {
        Loaded loaded = load(candidate);
        return loaded.early() != null ? loaded.early() : check(loaded.detection(), loaded.source(), indexes);
    }

    private Loaded load(Discovery.Candidate candidate) {
        String rel = candidate.relativePath();
        Optional<FormatDetector.Detection> byName = FormatDetector.byName(candidate.path().getFileName().toString());
        long size;
        try {
            size = options.files().size(candidate.path());
        } catch (IOException e) {
            String why = "cannot be read: " + Discovery.describe(e);
            return Loaded.stop(byName.map(d -> parseFailure(d, rel, why, Span.of(1, 1, 1, 1)))
                    .orElseGet(() -> skipped(candidate, why)));
        }
        Optional<FormatDetector.Detection> detection = byName;
        byte[] bytes = null;
        if (detection.isEmpty() && isPlanJson(candidate)) {
            return planFile(candidate, rel, size);
        }
        if (detection.isEmpty()) {
            if (size > DEFAULT_SNIFF_LIMIT) return Loaded.stop(notScanned());
            try {
                bytes = options.files().read(candidate.path());
            } catch (IOException e) {
                return Loaded.stop(skipped(candidate, "cannot be read: " + Discovery.describe(e)));
            }
            if (isBinary(bytes)) return Loaded.stop(notScanned());
            String head = new String(bytes, 0, Math.min(bytes.length, BINARY_SNIFF), StandardCharsets.UTF_8);
            detection = FormatDetector.byContent(candidate.path().getFileName().toString(), head);
            if (detection.isEmpty()) {
                return Loaded.stop(candidate.explicit()
                        ? skipped(candidate, "not a format opsmith scans (see README: supported files)")
                        : notScanned());
            }
        }
        FormatDetector.Detection d = detection.get();
        long limit = options.sizeLimit(d.format());
        if (size > limit) {
            return Loaded.stop(parseFailure(d, rel, String.format("not scanned: %s exceeds the %s limit for %s files; raise it "
                    + "with limits.%s in .opsmith.yaml", bytes(size), bytes(limit), d.format().id(), d.format().id()),
                    Span.of(1, 1, 1, 1), Severity.MEDIUM));
        }
        try {
            if (bytes == null) bytes = options.files().read(candidate.path());
        } catch (IOException e) {
            return Loaded.stop(parseFailure(d, rel, "cannot be read: " + Discovery.describe(e), Span.of(1, 1, 1, 1)));
        }
        if (isBinary(bytes)) {
            return Loaded.stop(parseFailure(d, rel, "binary content where a " + d.format().id() + " file was expected",
                    Span.of(1, 1, 1, 1)));
        }
        String text;
        try {
            text = decode(bytes);
        } catch (CharacterCodingException e) {
            int bad = firstInvalidUtf8(bytes);
            String prefix = new String(bytes, 0, bad, StandardCharsets.UTF_8);
            SourceFile partial = SourceFile.of(rel, prefix);
            int line = partial.lineOf(prefix.length());
            int column = partial.columnOf(prefix.length());
            return Loaded.stop(parseFailure(d, rel, String.format("not UTF-8 text (byte 0x%02x); save the file as UTF-8",
                    bytes[bad] & 0xff), Span.of(line, column, line, column + 1)));
        }
        SourceFile source = new SourceFile(candidate.path(), rel, text);
        boolean claimed = d.byName() || FormatHandlers.forFormat(d.format()).claims(text);
        return new Loaded(new FormatDetector.Detection(d.format(), claimed), source, null);
    }

    private static final long DEFAULT_SNIFF_LIMIT = 1024 * 1024;

    /** A {@code .json} file that starts like {@code terraform show -json} output of a plan. */
    private boolean isPlanJson(Discovery.Candidate candidate) {
        if (!dev.opsmith.format.terraform.plan.PlanJson.hasPlanFileName(candidate.path().getFileName().toString())) {
            return false;
        }
        try {
            byte[] head = options.files().head(candidate.path(), dev.opsmith.format.terraform.plan.PlanJson.HEAD_BYTES);
            return dev.opsmith.format.terraform.plan.PlanJson.looksLikePlan(head, head.length);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * A plan is not read as text: it may be far larger than other files (its own limit, {@code limits.terraform-plan},
     * 200 MiB by default) and the Terraform handler streams it from disk.
     */
    private Loaded planFile(Discovery.Candidate candidate, String rel, long size) {
        FormatDetector.Detection d = new FormatDetector.Detection(Format.TERRAFORM, true);
        long limit = options.planSizeLimit();
        if (size > limit) {
            return Loaded.stop(parseFailure(d, rel, String.format("not scanned: this Terraform plan is %s, over the %s "
                    + "limit for plans; raise it with limits.terraform-plan in .opsmith.yaml", bytes(size), bytes(limit)),
                    Span.of(1, 1, 1, 1), Severity.MEDIUM));
        }
        return new Loaded(d, new SourceFile(candidate.path(), rel, ""), null);
    }

    private FileOutcome check(FormatDetector.Detection d, SourceFile source, Map<Format, Object> indexes) {
        FormatHandler handler = FormatHandlers.forFormat(d.format());
        Object model;
        try {
            model = handler.parse(source, options.files());
        } catch (FormatHandler.ParseFailure e) {
            return parseFailure(d, source.relativePath(), e.getMessage(), e.span());
        }
        List<Notice> notices = new ArrayList<>();
        List<ExternalFinding> external = new ArrayList<>();
        for (Analyzer a : options.analyzers()) {
            if (a.format() != d.format()) continue;
            try {
                external.addAll(a.analyse(model));
            } catch (RuntimeException e) {
                notices.add(new Notice(source.relativePath(), a.tool() + " could not check this file: " + e.getMessage()));
            }
        }
        List<Finding> findings = runRules(d.format(), model, source, indexes.get(d.format()), notices, external);
        Suppressions suppressions = Suppressions.read(source, line -> handler.statementEnd(model, line),
                RuleIds.RESOLVER, options.hadolintPragmas(), peerIgnores(d.format()), options.peerIgnoreSource(),
                handler.trailingComments(), handler.waivers(model));
        notices.addAll(suppressions.notices());
        findings = overrideSeverities(suppressions.apply(findings));
        return new FileOutcome(findings, notices, false, true);
    }

    /** The render step: charts and kustomizations found by discovery, rendered when rendering is on. */
    private RenderResult render(Discovery.Result discovered, List<Notice> notices) {
        List<RenderStage.Folder> charts = new ArrayList<>();
        List<RenderStage.Folder> kustomizations = new ArrayList<>();
        for (Discovery.Unit u : discovered.units()) {
            RenderStage.Folder f = new RenderStage.Folder(u.path(), u.relativePath());
            if (u.kind() == Discovery.Unit.Kind.CHART) charts.add(f);
            else kustomizations.add(f);
        }
        if (options.render() == null) {
            for (RenderStage.Folder c : charts) {
                notices.add(new Notice(c.relativePath().isEmpty() ? "." : c.relativePath(),
                        "Helm chart not rendered (rendering is off for this scan); its templates were not checked"));
            }
            return new RenderResult();
        }
        RenderResult result = RenderStage.run(options.root(), charts, kustomizations, options.render());
        notices.addAll(result.notices());
        return result;
    }

    private boolean renderRuleEnabled(RuleMeta meta) {
        if (options.skip().contains(meta.id())) return false;
        return options.only().isEmpty() || options.only().contains(meta.id());
    }

    /**
     * Checks each rendering with the Kubernetes rules against its own objects, maps every finding back to the file a
     * person edits (template, values file, base, patch), applies suppressions in the rendered text (annotations,
     * comments Helm kept) and in the source file, and reports a finding found in several environments once, with
     * all of them in its contexts.
     */
    private List<Finding> renderedFindings(RenderResult rendered, Map<Format, Object> indexes, List<Notice> notices) {
        List<Finding> mapped = new ArrayList<>();
        for (Finding f : rendered.findings()) if (renderRuleEnabled(metaOf(f.ruleId()))) mapped.add(f);
        Map<String, SourceFile> sources = new HashMap<>();
        for (Rendering r : rendered.renderings()) mapped.addAll(checkRendering(r, indexes, sources, notices));
        // suppressions written in the source files (templates, patches, kustomizations, Chart.yaml)
        Map<String, List<Finding>> byFile = new java.util.LinkedHashMap<>();
        for (Finding f : mapped) byFile.computeIfAbsent(f.file(), k -> new ArrayList<>()).add(f);
        List<Finding> out = new ArrayList<>();
        for (Map.Entry<String, List<Finding>> e : byFile.entrySet()) {
            SourceFile source = sources.computeIfAbsent(e.getKey(), this::readForSuppressions);
            Suppressions suppressions = Suppressions.read(source, line -> IndentedStatements.end(source, line),
                    RuleIds.RESOLVER, false, List.of(), "", true, List.of());
            notices.addAll(suppressions.notices());
            out.addAll(suppressions.apply(e.getValue()));
        }
        return overrideSeverities(mergeContexts(out));
    }

    private static RuleMeta metaOf(String id) {
        for (RuleMeta m : dev.opsmith.rules.RenderRules.ALL) if (m.id().equals(id)) return m;
        return ParseError.META;
    }

    private SourceFile readForSuppressions(String rel) {
        try {
            return new SourceFile(options.root().resolve(rel), rel, decode(options.files().read(options.root().resolve(rel))));
        } catch (IOException e) {
            return SourceFile.of(rel, "");
        }
    }

    private List<Finding> checkRendering(Rendering r, Map<Format, Object> indexes, Map<String, SourceFile> sources,
                                         List<Notice> notices) {
        FormatHandler handler = FormatHandlers.forFormat(Format.KUBERNETES);
        Object model;
        try {
            model = handler.parse(r.rendered(), options.files());
        } catch (FormatHandler.ParseFailure e) {
            Rendering.Location at = r.map().locate(e.span(), emptyYaml(r.rendered()));
            sources.putIfAbsent(at.file().relativePath(), at.file());
            return List.of(new Finding(ParseError.ID, ParseError.META.severity(), ParseError.META.category(),
                    ParseError.META.title(), "the rendered output does not parse as YAML: " + e.getMessage(),
                    at.file().relativePath(), at.span(), Fingerprints.of(ParseError.ID, at.file().relativePath(), e.getMessage()),
                    ParseError.META.compliance(), false, "", contexts(r), List.of(), Map.of(), List.of()));
        }
        List<Object> summaries = handler.summarize(model, r.rendered());
        List<dev.opsmith.format.kubernetes.ObjectSummary> objects = new ArrayList<>();
        List<dev.opsmith.format.kubernetes.schema.CustomResourceSchema> schemas = new ArrayList<>();
        for (Object o : summaries) {
            if (o instanceof dev.opsmith.format.kubernetes.ObjectSummary s) objects.add(s);
            else if (o instanceof dev.opsmith.format.kubernetes.schema.CustomResourceSchema c) schemas.add(c);
        }
        Object global = indexes.get(Format.KUBERNETES);
        var index = (global instanceof dev.opsmith.format.kubernetes.KubernetesIndex k ? k
                : dev.opsmith.format.kubernetes.KubernetesIndex.EMPTY).withObjects(objects, schemas);
        List<Finding> findings = runRules(Format.KUBERNETES, model, r.rendered(), index, notices);
        Suppressions inRendered = Suppressions.read(r.rendered(), line -> handler.statementEnd(model, line),
                RuleIds.RESOLVER, false, List.of(), "", true, handler.waivers(model));
        var yaml = ((dev.opsmith.format.kubernetes.KubernetesManifests) model).yaml();
        List<Finding> out = new ArrayList<>();
        for (Finding f : inRendered.apply(findings)) {
            Rendering.Location at = r.map().locate(f.span(), yaml);
            String file = at.file().relativePath();
            sources.putIfAbsent(file, at.file());
            List<dev.opsmith.core.RelatedLocation> related = new ArrayList<>(at.related());
            for (dev.opsmith.core.RelatedLocation rl : f.relatedLocations()) {
                Rendering.Location rel = r.map().locate(rl.span(), yaml);
                related.add(new dev.opsmith.core.RelatedLocation(rel.file().relativePath(), rel.span(), rl.message()));
            }
            String message = r.kind().scoped(at.rename(f.message())) + at.note().map(n -> " (" + n + ")").orElse("");
            String fingerprint = Fingerprints.of(f.ruleId(), file, message + '\0' + at.file().text(at.span()));
            Finding moved = new Finding(f.ruleId(), f.severity(), f.category(), f.title(), message, file, at.span(),
                    fingerprint, f.compliance(), f.suppressed(), f.justification(), contexts(r), related, f.properties(),
                    f.secrets());
            out.add(moved);
        }
        return out;
    }

    private static dev.opsmith.format.yaml.YamlFile emptyYaml(SourceFile source) {
        return new dev.opsmith.format.yaml.YamlFile(source, List.of(), List.of());
    }

    private static List<String> contexts(Rendering r) {
        return r.context().isEmpty() ? List.of() : List.of(r.context());
    }

    /** One finding per rule, file, span and message; the environments it was found in are merged, in order. */
    private static List<Finding> mergeContexts(List<Finding> findings) {
        Map<String, Finding> merged = new java.util.LinkedHashMap<>();
        for (Finding f : findings) {
            String key = f.ruleId() + '\0' + f.file() + '\0' + f.span() + '\0' + f.message();
            Finding seen = merged.get(key);
            if (seen == null) {
                merged.put(key, f);
                continue;
            }
            List<String> contexts = new ArrayList<>(seen.contexts());
            for (String c : f.contexts()) if (!contexts.contains(c)) contexts.add(c);
            merged.put(key, seen.withContexts(contexts));
        }
        return new ArrayList<>(merged.values());
    }

    private List<Finding> runRules(Format format, Object model, SourceFile source, Object index, List<Notice> notices) {
        return runRules(format, model, source, index, notices, List.of());
    }

    /** Runs the format's rules on one model; a rule that throws is reported as a notice and the others still run. */
    private List<Finding> runRules(Format format, Object model, SourceFile source, Object index, List<Notice> notices,
                                   List<ExternalFinding> external) {
        List<Finding> findings = new ArrayList<>();
        for (Rule rule : rules) {
            if (rule.format() != format) continue;
            RuleContext ctx = new RuleContext(source, external, ruleSettings.get(rule.meta().id()), index);
            try {
                rule.check(model, ctx);
                findings.addAll(ctx.findings(rule.meta()));
            } catch (RuntimeException e) {
                notices.add(new Notice(source.relativePath(), "internal error in rule " + rule.meta().id() + " ("
                        + e + "); the other rules ran. Please report this with the file."));
            }
        }
        findings.sort(ORDER);
        return separateFingerprints(shareSecrets(findings));
    }

    /** A rule's settings: the scan-wide ones ({@link ScanOptions#ALL_RULES}, e.g. kube-version), then its own. */
    private Map<String, List<String>> mergedSettings(String ruleId) {
        Map<String, List<String>> merged = new java.util.LinkedHashMap<>(
                options.ruleSettings().getOrDefault(ScanOptions.ALL_RULES, Map.of()));
        merged.putAll(options.ruleSettings().getOrDefault(ruleId, Map.of()));
        return merged;
    }

    /** hadolint's {@code ignored:} list applies to Dockerfiles only. */
    private List<String> peerIgnores(Format format) {
        return format == Format.DOCKERFILE ? options.peerIgnores() : List.of();
    }

    private List<Finding> overrideSeverities(List<Finding> findings) {
        if (options.severityOverrides().isEmpty()) return findings;
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            Severity s = options.severityOverrides().get(f.ruleId());
            out.add(s == null ? f : f.withSeverity(s));
        }
        return out;
    }

    /**
     * A credential one rule found must be masked in every finding whose excerpt may show it: every finding of the
     * file whose span covers a line where some finding holds that credential (excerpts show only a finding's own
     * lines). Sharing by line keeps a plan with thousands of secrets and findings linear.
     */
    private static List<Finding> shareSecrets(List<Finding> findings) {
        Map<Integer, java.util.Set<String>> byLine = new java.util.HashMap<>();
        for (Finding f : findings) {
            if (f.secrets().isEmpty()) continue;
            for (int line = f.span().line(); line <= f.span().endLine(); line++) {
                byLine.computeIfAbsent(line, k -> new java.util.TreeSet<>()).addAll(f.secrets());
            }
        }
        if (byLine.isEmpty()) return findings;
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            java.util.TreeSet<String> mine = new java.util.TreeSet<>(f.secrets());
            for (int line = f.span().line(); line <= f.span().endLine(); line++) {
                mine.addAll(byLine.getOrDefault(line, java.util.Set.of()));
            }
            if (mine.isEmpty()) {
                out.add(f);
                continue;
            }
            // longest first, so a secret that contains another is masked whole
            out.add(f.withSecrets(mine.stream().sorted(Comparator.comparingInt(String::length).reversed()
                    .thenComparing(Comparator.naturalOrder())).toList()));
        }
        return out;
    }

    /** Identical offending text reported twice in a file gets distinct fingerprints, in document order. */
    private static List<Finding> separateFingerprints(List<Finding> sorted) {
        Map<String, Integer> seen = new HashMap<>();
        List<Finding> out = new ArrayList<>(sorted.size());
        for (Finding f : sorted) {
            int n = seen.merge(f.fingerprint(), 1, Integer::sum);
            out.add(n == 1 ? f : f.withFingerprint(Fingerprints.occurrence(f.fingerprint(), n)));
        }
        return out;
    }

    private FileOutcome parseFailure(FormatDetector.Detection d, String rel, String message, Span span) {
        return parseFailure(d, rel, message, span, d.byName() ? ParseError.META.severity() : Severity.INFO);
    }

    private FileOutcome parseFailure(FormatDetector.Detection d, String rel, String message, Span span,
                                     Severity severity) {
        if (options.skip().contains(ParseError.ID)
                || (!options.only().isEmpty() && !options.only().contains(ParseError.ID))) {
            return new FileOutcome(List.of(), List.of(), true, true);
        }
        RuleMeta m = ParseError.META;
        Severity s = options.severityOverrides().getOrDefault(ParseError.ID, d.byName() ? severity : Severity.INFO);
        Finding f = new Finding(m.id(), s, m.category(), m.title(), message, rel, span,
                Fingerprints.of(m.id(), rel, message), m.compliance(), false, "", List.of(), List.of(), Map.of(),
                List.of());
        return new FileOutcome(List.of(f), List.of(), true, true);
    }

    private static FileOutcome skipped(Discovery.Candidate c, String why) {
        return new FileOutcome(List.of(), List.of(new Notice(c.relativePath(), why)), false, false);
    }

    private static FileOutcome notScanned() {
        return new FileOutcome(List.of(), List.of(), false, false);
    }

    private static boolean isBinary(byte[] bytes) {
        int n = Math.min(bytes.length, BINARY_SNIFF);
        for (int i = 0; i < n; i++) if (bytes[i] == 0) return true;
        return false;
    }

    private static String decode(byte[] bytes) throws CharacterCodingException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        String text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static int firstInvalidUtf8(byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        java.nio.charset.CoderResult r = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(in, java.nio.CharBuffer.allocate(bytes.length + 1), true);
        // on an error the input stops at the first byte that is not UTF-8
        return r.isError() ? Math.min(in.position(), bytes.length - 1) : Math.max(0, bytes.length - 1);
    }

    static String bytes(long n) {
        if (n >= 1024 * 1024) return String.format("%.1f MiB", n / (1024.0 * 1024));
        if (n >= 1024) return String.format("%.1f KiB", n / 1024.0);
        return n + " bytes";
    }
}
