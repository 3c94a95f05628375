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

    public Scanner(ScanOptions options) {
        this.options = options;
        this.rules = Rules.all().stream().filter(r -> enabled(r.meta())).toList();
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
        List<Discovery.Candidate> candidates = discovered.files();

        List<FileOutcome> outcomes = new ArrayList<>();
        int threads = Math.max(1, Math.min(options.threads(), candidates.size()));
        if (threads == 1) {
            for (Discovery.Candidate c : candidates) outcomes.add(scanFile(c));
        } else {
            ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "opsmith-scan");
                t.setDaemon(true);
                return t;
            });
            try {
                List<Future<FileOutcome>> futures = new ArrayList<>();
                for (Discovery.Candidate c : candidates) futures.add(pool.submit(() -> scanFile(c)));
                for (Future<FileOutcome> f : futures) outcomes.add(f.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("scan interrupted", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("scan failed", e.getCause());
            } finally {
                pool.shutdownNow();
            }
        }

        List<Finding> all = new ArrayList<>();
        int files = 0;
        int parseErrors = 0;
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
        for (Rule r : rules) ran.add(r.meta());
        ran.sort(Comparator.comparing(RuleMeta::id));
        notices.sort(Comparator.comparing(Notice::file).thenComparing(Notice::message));
        long durationMs = (System.nanoTime() - started) / 1_000_000;
        String shownRoot = options.root().toString();
        return new ScanResult(ToolInfo.current(), shownRoot, options.root().toAbsolutePath().normalize(),
                options.repositoryRoot(), shown, ran, tools, notices.stream().distinct().toList(),
                files, parseErrors, failing, durationMs);
    }

    private FileOutcome scanFile(Discovery.Candidate candidate) {
        String rel = candidate.relativePath();
        Optional<FormatDetector.Detection> byName = FormatDetector.byName(candidate.path().getFileName().toString());
        long size;
        try {
            size = options.files().size(candidate.path());
        } catch (IOException e) {
            return byName.map(d -> parseFailure(d, rel, "cannot be read: " + Discovery.describe(e), Span.of(1, 1, 1, 1)))
                    .orElseGet(() -> skipped(candidate, "cannot be read: " + Discovery.describe(e)));
        }
        Optional<FormatDetector.Detection> detection = byName;
        byte[] bytes = null;
        if (detection.isEmpty()) {
            if (size > DEFAULT_SNIFF_LIMIT) return notScanned();
            try {
                bytes = options.files().read(candidate.path());
            } catch (IOException e) {
                return skipped(candidate, "cannot be read: " + Discovery.describe(e));
            }
            if (isBinary(bytes)) return notScanned();
            String head = new String(bytes, 0, Math.min(bytes.length, BINARY_SNIFF), StandardCharsets.UTF_8);
            detection = FormatDetector.byContent(candidate.path().getFileName().toString(), head);
            if (detection.isEmpty()) {
                return candidate.explicit()
                        ? skipped(candidate, "not a format opsmith scans (see README: supported files)")
                        : notScanned();
            }
        }
        FormatDetector.Detection d = detection.get();
        long limit = options.sizeLimit(d.format());
        if (size > limit) {
            return parseFailure(d, rel, String.format("not scanned: %s exceeds the %s limit for %s files; raise it "
                    + "with limits.%s in .opsmith.yaml", bytes(size), bytes(limit), d.format().id(), d.format().id()),
                    Span.of(1, 1, 1, 1), Severity.MEDIUM);
        }
        try {
            if (bytes == null) bytes = options.files().read(candidate.path());
        } catch (IOException e) {
            return parseFailure(d, rel, "cannot be read: " + Discovery.describe(e), Span.of(1, 1, 1, 1));
        }
        if (isBinary(bytes)) {
            return parseFailure(d, rel, "binary content where a " + d.format().id() + " file was expected",
                    Span.of(1, 1, 1, 1));
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
            return parseFailure(d, rel, String.format("not UTF-8 text (byte 0x%02x); save the file as UTF-8",
                    bytes[bad] & 0xff), Span.of(line, column, line, column + 1));
        }
        SourceFile source = new SourceFile(candidate.path(), rel, text);
        return check(d, source);
    }

    private static final long DEFAULT_SNIFF_LIMIT = 1024 * 1024;

    private FileOutcome check(FormatDetector.Detection d, SourceFile source) {
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
        List<Finding> findings = new ArrayList<>();
        for (Rule rule : rules) {
            if (rule.format() != d.format()) continue;
            RuleContext ctx = new RuleContext(source, external,
                    options.ruleSettings().getOrDefault(rule.meta().id(), Map.of()));
            try {
                rule.check(model, ctx);
                findings.addAll(ctx.findings(rule.meta()));
            } catch (RuntimeException e) {
                notices.add(new Notice(source.relativePath(), "internal error in rule " + rule.meta().id() + " ("
                        + e + "); the other rules ran. Please report this with the file."));
            }
        }
        findings.sort(ORDER);
        findings = separateFingerprints(shareSecrets(findings));
        Suppressions suppressions = Suppressions.read(source, line -> handler.statementEnd(model, line),
                RuleIds.RESOLVER, options.hadolintPragmas(), options.peerIgnores(), options.peerIgnoreSource());
        notices.addAll(suppressions.notices());
        findings = overrideSeverities(suppressions.apply(findings));
        return new FileOutcome(findings, notices, false, true);
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
     * A credential one rule found must be masked in every finding of the file: another rule's excerpt may
     * show the same line.
     */
    private static List<Finding> shareSecrets(List<Finding> findings) {
        java.util.TreeSet<String> all = new java.util.TreeSet<>();
        for (Finding f : findings) all.addAll(f.secrets());
        if (all.isEmpty()) return findings;
        // longest first, so a secret that contains another is masked whole
        List<String> ordered = all.stream().sorted(Comparator.comparingInt(String::length).reversed()
                .thenComparing(Comparator.naturalOrder())).toList();
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) out.add(f.withSecrets(ordered));
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
