package dev.opsmith.rules;

import dev.opsmith.core.Finding;
import dev.opsmith.core.ScanResult;
import dev.opsmith.report.Reporter;
import dev.opsmith.report.Reporters;
import dev.opsmith.report.TextReporter;
import dev.opsmith.scan.FileSource;
import dev.opsmith.scan.TestScans;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The redaction tests' harness: scan one in-memory file with one rule, then render it in every output format. */
public final class RedactionAssertions {
    private RedactionAssertions() {
    }

    /** Scans {@code content} as {@code root/fileName} with rule {@code id} only, and asserts the rule reports. */
    public static ScanResult scan(Path root, String fileName, String content, String id) {
        Path file = root.resolve(fileName);
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        // the file lives in memory: rule-package classes (tests included) do no file I/O, see ArchitectureTest
        FileSource memory = new FileSource() {
            @Override
            public long size(Path path) {
                return bytes.length;
            }

            @Override
            public byte[] read(Path path) {
                return bytes.clone();
            }
        };
        ScanResult result = TestScans.scan(TestScans.options(root, List.of(file), Set.of(id), List.of(), memory));
        assertThat(result.findings()).as("findings of " + id).extracting(Finding::ruleId).contains(id);
        return result;
    }

    /** Asserts that no message, and no JSON, text or SARIF output of {@code result}, contains any of {@code secrets}. */
    public static void assertNoOutputShows(ScanResult result, String id, List<String> secrets) throws IOException {
        for (Finding f : result.findings()) {
            for (String secret : secrets) assertThat(f.message()).doesNotContain(secret);
        }
        for (Reporter reporter : List.of(Reporters.forFormat("json"), new TextReporter(false, false),
                Reporters.forFormat("sarif"))) {
            StringWriter out = new StringWriter();
            reporter.write(result, out);
            String text = out.toString();
            assertThat(text).as(reporter.getClass().getSimpleName() + " output").isNotBlank();
            for (String secret : secrets) {
                assertThat(text).as(reporter.getClass().getSimpleName() + " output of " + id).doesNotContain(secret);
            }
        }
    }
}
