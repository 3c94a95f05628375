package dev.opsmith.rules;

import dev.opsmith.core.Finding;
import dev.opsmith.core.RuleMeta;
import dev.opsmith.scan.Analyzer;
import dev.opsmith.scan.FileSource;
import dev.opsmith.scan.ScanOptions;
import dev.opsmith.scan.shellcheck.ShellCheck;
import org.junit.jupiter.api.Assumptions;
import dev.opsmith.core.ScanResult;
import dev.opsmith.scan.TestScans;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Every rule's fixtures, checked against the markers on their own lines: {@code # expect-next: ID} on the line
 * before an offending line, or {@code # expect: ID} at its end. Any missing and any unexpected finding of the
 * rule (by line) fails. The fixtures live beside the rule's docs examples: {@code src/main/resources/dev/opsmith/rules/<format>/<ID>/}.
 */
class RuleFixturesTest {
    static final Path RESOURCES = Path.of("src/main/resources");
    private static final Pattern EXPECT_NEXT = Pattern.compile("^\\s*#\\s*expect-next:\\s*(.+?)\\s*$");
    private static final Pattern SETTINGS = Pattern.compile("^#\\s*settings:\\s*([A-Za-z0-9_-]+)=(.+)$");
    private static final Pattern EXPECT = Pattern.compile("#\\s*expect:\\s*([A-Za-z0-9_,\\s-]+?)\\s*$");

    /** Rules whose findings come from an external tool, and the analyzer their fixtures run with. */
    private static final Map<String, Supplier<Optional<? extends Analyzer>>> EXTERNAL = Map.of(
            "DF900", ShellCheck::locate);

    @TestFactory
    Stream<DynamicTest> everyRuleHasPassingFixtures() {
        return Rules.catalog().stream().map(meta -> DynamicTest.dynamicTest(meta.id(), () -> check(meta)));
    }

    private static List<Analyzer> analyzers(RuleMeta meta) {
        Supplier<Optional<? extends Analyzer>> tool = EXTERNAL.get(meta.id());
        if (tool == null) return List.of();
        Optional<? extends Analyzer> found = tool.get();
        Assumptions.assumeTrue(found.isPresent(), meta.id() + " needs its external tool, which is not installed "
                + "(apt-get install shellcheck); its fixtures are not checked here");
        return List.of(found.get());
    }

    private static void check(RuleMeta meta) throws IOException {
        if (RenderRules.ALL.contains(meta)) {
            checkRendered(meta);
            return;
        }
        Path folder = RESOURCES.resolve(RuleExamples.folder(meta));
        Path noncompliant = folder.resolve(RuleExamples.fileName(meta, false));
        Path compliant = folder.resolve(RuleExamples.fileName(meta, true));
        assertThat(noncompliant).as("noncompliant fixture of " + meta.id()).isRegularFile();
        assertThat(compliant).as("compliant fixture of " + meta.id()).isRegularFile();
        List<Path> fixtures;
        String ext = RuleExamples.fileName(meta, true).substring("compliant".length());
        try (Stream<Path> files = Files.list(folder)) {
            fixtures = files.filter(p -> p.getFileName().toString().endsWith(ext)).sorted().toList();
        }
        int expectedInNoncompliant = 0;
        for (Path fixture : fixtures) {
            TreeMap<Integer, List<String>> expected = expectations(fixture);
            long mine = expected.values().stream().flatMap(List::stream).filter(meta.id()::equals).count();
            if (fixture.equals(noncompliant)) expectedInNoncompliant = (int) mine;
            if (fixture.getFileName().toString().startsWith("compliant")) {
                assertThat(mine).as(fixture + " is compliant: it must expect nothing of " + meta.id()).isZero();
            }
            verify(meta, fixture, expected);
        }
        assertThat(expectedInNoncompliant).as(noncompliant + " must expect at least one " + meta.id()).isPositive();
    }

    private static void verify(RuleMeta meta, Path fixture, TreeMap<Integer, List<String>> expected) throws IOException {
        Path root = fixture.getParent().toAbsolutePath();
        ScanOptions base = TestScans.options(root, List.of(fixture.toAbsolutePath()), Set.of(meta.id()),
                analyzers(meta), FileSource.DISK);
        Map<String, List<String>> settings = settings(fixture);
        ScanOptions options = settings.isEmpty() ? base : new ScanOptions(base.root(), base.paths(),
                base.repositoryRoot(), base.only(), base.skip(), base.enable(), base.severityOverrides(),
                Map.of(meta.id(), settings), base.excludes(), base.failOn(), base.threshold(), base.sizeLimits(),
                base.analyzers(), base.hadolintPragmas(), base.peerIgnores(), base.peerIgnoreSource(),
                base.threads(), base.files());
        ScanResult result = TestScans.scan(options);
        assertThat(result.notices()).as("notices while scanning " + fixture).isEmpty();
        TreeMap<Integer, List<String>> actual = new TreeMap<>();
        List<String> shown = new ArrayList<>();
        for (Finding f : result.findings()) {
            actual.computeIfAbsent(f.span().line(), k -> new ArrayList<>()).add(f.ruleId());
            shown.add(fixture + ":" + f.span().line() + ":" + f.span().column() + ": " + f.ruleId() + " " + f.message());
        }
        TreeMap<Integer, List<String>> wanted = new TreeMap<>();
        expected.forEach((line, ids) -> {
            List<String> mine = new ArrayList<>(ids.stream().filter(id -> id.equals(meta.id())).toList());
            if (!mine.isEmpty()) wanted.put(line, mine);
        });
        actual.values().forEach(l -> l.sort(null));
        wanted.values().forEach(l -> l.sort(null));
        if (!actual.equals(wanted)) {
            fail("fixture " + fixture + "\n expected (line → ids): " + wanted + "\n actual: " + actual
                    + "\n findings:\n  " + String.join("\n  ", shown));
        }
    }

    /**
     * Render-stage rules: each fixture is a folder (a mini chart, a kustomization) scanned whole with rendering on;
     * markers may sit in any of its files. {@code fixture.options} sets what the test scans it with
     * ({@code helm=off}, {@code kustomize-binary=PATH}).
     */
    private static void checkRendered(RuleMeta meta) throws IOException {
        Path folder = RESOURCES.resolve(RuleExamples.folder(meta));
        assertThat(folder.resolve(RuleExamples.fileName(meta, false))).as("noncompliant example of " + meta.id()).isRegularFile();
        assertThat(folder.resolve(RuleExamples.fileName(meta, true))).as("compliant example of " + meta.id()).isRegularFile();
        List<Path> fixtures;
        try (Stream<Path> dirs = Files.list(folder)) {
            fixtures = dirs.filter(Files::isDirectory).sorted().toList();
        }
        int expectedInNoncompliant = 0;
        for (Path fixture : fixtures) {
            Path root = fixture.toAbsolutePath();
            Map<String, String> opts = new java.util.HashMap<>();
            if (Files.isRegularFile(root.resolve("fixture.options"))) {
                for (String line : Files.readAllLines(root.resolve("fixture.options"))) {
                    int eq = line.indexOf('=');
                    if (!line.startsWith("#") && eq > 0) opts.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
                }
            }
            var defaults = dev.opsmith.scan.render.RenderOptions.defaults("1.36");
            var render = new dev.opsmith.scan.render.RenderOptions(!"off".equals(opts.get("helm")), List.of(), Map.of(),
                    Map.of(), "1.36", defaults.kustomize(),
                    opts.containsKey("kustomize-binary") ? Path.of(opts.get("kustomize-binary")) : null, defaults.timeoutMillis());
            ScanResult result = TestScans.scan(TestScans.rendering(root, Set.of(meta.id()), render));
            Map<String, TreeMap<Integer, List<String>>> wanted = new TreeMap<>();
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                    TreeMap<Integer, List<String>> mine = new TreeMap<>();
                    expectations(f).forEach((line, ids) -> {
                        List<String> m = ids.stream().filter(meta.id()::equals).sorted().toList();
                        if (!m.isEmpty()) mine.put(line, new ArrayList<>(m));
                    });
                    if (!mine.isEmpty()) wanted.put(root.relativize(f).toString().replace('\\', '/'), mine);
                }
            }
            Map<String, TreeMap<Integer, List<String>>> actual = new TreeMap<>();
            List<String> shown = new ArrayList<>();
            for (Finding f : result.findings()) {
                actual.computeIfAbsent(f.file(), k -> new TreeMap<>()).computeIfAbsent(f.span().line(), k -> new ArrayList<>()).add(f.ruleId());
                shown.add(f.file() + ":" + f.span().line() + ":" + f.span().column() + ": " + f.ruleId() + " " + f.message());
            }
            actual.values().forEach(m -> m.values().forEach(l -> l.sort(null)));
            boolean compliant = fixture.getFileName().toString().startsWith("compliant");
            if (compliant) assertThat(wanted).as(fixture + " is compliant: it must expect nothing of " + meta.id()).isEmpty();
            if (fixture.getFileName().toString().equals("noncompliant")) {
                expectedInNoncompliant = wanted.values().stream().mapToInt(m -> m.values().stream().mapToInt(List::size).sum()).sum();
            }
            if (!actual.equals(wanted)) {
                fail("fixture " + fixture + "\n expected (file → line → ids): " + wanted + "\n actual: " + actual
                        + "\n findings:\n  " + String.join("\n  ", shown) + "\n notices: " + result.notices());
            }
        }
        assertThat(expectedInNoncompliant).as(folder + "/noncompliant must expect at least one " + meta.id()).isPositive();
    }

    /**
     * Rule settings a fixture runs with, from header lines {@code # settings: key=value[,value]} (as a user
     * would write {@code rules.settings.<ID>.<key>} in .opsmith.yaml).
     */
    static Map<String, List<String>> settings(Path fixture) throws IOException {
        Map<String, List<String>> out = new java.util.LinkedHashMap<>();
        for (String line : Files.readAllLines(fixture, StandardCharsets.UTF_8)) {
            Matcher m = SETTINGS.matcher(line);
            if (m.matches()) out.put(m.group(1), List.of(m.group(2).strip().split("\\s*,\\s*")));
        }
        return out;
    }

    /** Line → rule ids expected there, from the fixture's markers. */
    static TreeMap<Integer, List<String>> expectations(Path fixture) throws IOException {
        List<String> lines = Files.readAllLines(fixture, StandardCharsets.UTF_8);
        TreeMap<Integer, List<String>> out = new TreeMap<>();
        List<String> pending = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher next = EXPECT_NEXT.matcher(line);
            if (next.matches()) {
                for (String id : next.group(1).split(",")) pending.add(id.strip());
                continue;
            }
            int lineNo = i + 1;
            if (!pending.isEmpty()) {
                out.computeIfAbsent(lineNo, k -> new ArrayList<>()).addAll(pending);
                pending.clear();
            }
            Matcher trailing = EXPECT.matcher(line);
            if (trailing.find()) {
                for (String id : trailing.group(1).split(",")) out.computeIfAbsent(lineNo, k -> new ArrayList<>()).add(id.strip());
            }
        }
        return out;
    }
}
