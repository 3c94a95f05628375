package dev.opsmith.report;

import dev.opsmith.core.Finding;
import dev.opsmith.core.Notice;
import dev.opsmith.core.Span;
import dev.opsmith.core.ScanResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static dev.opsmith.report.ReportFixtures.PIN;
import static dev.opsmith.report.ReportFixtures.SECRET;
import static dev.opsmith.report.ReportFixtures.TIDY;
import static dev.opsmith.report.ReportFixtures.finding;
import static dev.opsmith.report.ReportFixtures.render;
import static dev.opsmith.report.ReportFixtures.scan;
import static dev.opsmith.report.ReportFixtures.withSecrets;
import static dev.opsmith.report.ReportFixtures.writeFile;
import static org.assertj.core.api.Assertions.assertThat;

class TextReporterTest {
    @TempDir
    Path root;

    private final TextReporter plain = new TextReporter(false, false);

    @Test
    void printsHeaderExcerptCaretAndSummary() {
        writeFile(root, "app/Dockerfile", "FROM ubuntu:latest\nRUN apt-get update\n");
        Finding f = finding(PIN, "app/Dockerfile", Span.of(1, 6, 1, 19), "ubuntu:latest is a moving tag");

        assertThat(render(plain, scan(root, List.of(f)))).isEqualTo(""
                + "app/Dockerfile:1:6: HIGH DF001 ubuntu:latest is a moving tag\n"
                + "1 | FROM ubuntu:latest\n"
                + "  |      ^~~~~~~~~~~~~\n"
                + "\n"
                + "1 finding (critical: 0, high: 1, medium: 0, low: 0, info: 0), 0 suppressed, 3 files scanned, 0 parse errors\n");
    }

    @Test
    void expandsTabsSoTheCaretLinesUp() {
        // "\tRUN\tcurl -k x": 'curl' starts at UTF-16 column 6; tab stops every 4 display columns.
        writeFile(root, "Dockerfile", "FROM a\n\tRUN\tcurl -k x\n");
        Finding f = finding(PIN, "Dockerfile", Span.of(2, 6, 2, 10), "m");

        String out = render(plain, scan(root, List.of(f)));

        assertThat(out).contains(""
                + "2 |     RUN curl -k x\n"
                + "  |         ^~~~\n");
        assertThat(out).doesNotContain("\t");
    }

    @Test
    void pointAndEmptySpansStillGetOneCaret() {
        writeFile(root, "Dockerfile", "FROM a\n");
        Finding f = finding(PIN, "Dockerfile", Span.of(1, 7, 1, 7), "m");

        assertThat(render(plain, scan(root, List.of(f)))).contains("1 | FROM a\n  |       ^\n");
    }

    @Test
    void showsAtMostThreeLinesOfASpanWithAWideGutter() {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 12; i++) text.append("line").append(i).append('\n');
        writeFile(root, "Dockerfile", text.toString());
        Finding f = finding(PIN, "Dockerfile", Span.of(8, 3, 12, 2), "m");

        assertThat(render(plain, scan(root, List.of(f)))).contains(""
                + " 8 | line8\n"
                + "   |   ^~~\n"
                + " 9 | line9\n"
                + "10 | line10\n"
                + "\n");
    }

    @Test
    void aSpanEndingAtColumnOneDoesNotShowTheNextLine() {
        writeFile(root, "Dockerfile", "FROM a\nRUN b\n");
        Finding f = finding(PIN, "Dockerfile", Span.of(1, 1, 2, 1), "m");

        assertThat(render(plain, scan(root, List.of(f)))).contains("1 | FROM a\n  | ^~~~~~\n\n");
    }

    @Test
    void secretsNeverShowInHeaderOrExcerpt() {
        String secret = "s3cr3tValue123";
        writeFile(root, "Dockerfile", "FROM a\nENV API_KEY=" + secret + " MODE=x\n");
        Finding f = withSecrets(finding(SECRET, "Dockerfile", Span.of(2, 5, 2, 27), "API_KEY=" + secret + " is a credential"), secret);

        String out = render(plain, scan(root, List.of(f)));

        assertThat(out).doesNotContain(secret).doesNotContain("s3cr3t");
        assertThat(out).contains("Dockerfile:2:5: CRITICAL DF002 API_KEY=**** is a credential\n"
                + "2 | ENV API_KEY=**** MODE=x\n"
                + "  |     ^~~~~~~~~~~~\n");
    }

    @Test
    void multiLineSecretsAreMaskedLineByLine() {
        String key = "-----BEGIN KEY-----\nQUJDREVGR0hJSktMTU5PUA==\nUVJTVFVWV1hZWmFiY2RlZg==\n-----END KEY-----";
        writeFile(root, "Dockerfile", "FROM a\nRUN echo \"" + key + "\" > k\n");
        Finding f = withSecrets(finding(SECRET, "Dockerfile", Span.of(2, 10, 5, 18), "private key"), key);

        String out = render(plain, scan(root, List.of(f)));

        assertThat(out).doesNotContain("QUJDREVGR0hJSktMTU5PUA").doesNotContain("UVJTVFVWV1hZWmFiY2RlZg");
    }

    @Test
    void missingFileSkipsTheExcerptOnly() {
        Finding f = finding(PIN, "gone/Dockerfile", Span.of(1, 1, 1, 5), "m");

        assertThat(render(plain, scan(root, List.of(f)))).startsWith("gone/Dockerfile:1:1: HIGH DF001 m\n\n1 finding");
    }

    @Test
    void suppressedFindingsAreCountedNotPrinted() {
        writeFile(root, "Dockerfile", "FROM a\n");
        Finding shown = finding(PIN, "Dockerfile", Span.of(1, 1, 1, 5), "shown");
        Finding hidden = finding(TIDY, "Dockerfile", Span.of(1, 6, 1, 7), "hidden").withSuppression("reviewed");

        String out = render(plain, scan(root, List.of(shown, hidden)));

        assertThat(out).doesNotContain("hidden").doesNotContain("DF003");
        assertThat(out).endsWith("1 finding (critical: 0, high: 1, medium: 0, low: 0, info: 0), 1 suppressed, 3 files scanned, 0 parse errors\n");
    }

    @Test
    void quietPrintsOnlyFindingLines() {
        writeFile(root, "Dockerfile", "FROM a\n");
        Finding a = finding(PIN, "Dockerfile", Span.of(1, 1, 1, 5), "one");
        Finding b = finding(SECRET, "Dockerfile", Span.of(1, 6, 1, 7), "two");

        String out = render(new TextReporter(false, true), scan(root, List.of(a, b)));

        assertThat(out).isEqualTo("Dockerfile:1:1: HIGH DF001 one\nDockerfile:1:6: CRITICAL DF002 two\n");
    }

    @Test
    void cleanScanSaysSoBriefly() {
        assertThat(render(plain, scan(root, List.of()))).isEqualTo("No findings in 3 files.\n");
        assertThat(render(new TextReporter(false, true), scan(root, List.of()))).isEmpty();
    }

    @Test
    void summaryListsNoticesAndExternalTools() {
        ScanResult result = scan(root, root, List.of(), Map.of("shellcheck", "0.9.0", "helm", "3.15.0"),
                List.of(new Notice("link", "symlink loop, skipped")));

        assertThat(render(plain, result)).isEqualTo("No findings in 3 files.\n"
                + "note: link: symlink loop, skipped\n"
                + "external tools: helm 3.15.0, shellcheck 0.9.0\n");
    }

    @Test
    void colourOnlyWhenAsked() {
        writeFile(root, "Dockerfile", "FROM a\n");
        Finding f = finding(PIN, "Dockerfile", Span.of(1, 1, 1, 5), "m");

        assertThat(render(plain, scan(root, List.of(f)))).doesNotContain("\u001b[");
        String coloured = render(new TextReporter(true, false), scan(root, List.of(f)));
        assertThat(coloured).contains("\u001b[31mHIGH\u001b[0m");
        assertThat(coloured.replaceAll("\u001b\\[[0-9;]*m", "")).isEqualTo(render(plain, scan(root, List.of(f))));
    }

    @Test
    void displayWidthCountsTabStopsAndSurrogatePairs() {
        assertThat(TextReporter.displayWidth("\tx", 2)).isEqualTo(5);
        assertThat(TextReporter.displayWidth("ab\tx", 3)).isEqualTo(4);
        assertThat(TextReporter.displayWidth("\uD83D\uDE00x", 3)).isEqualTo(2);
        assertThat(TextReporter.expandTabs("ab\tc")).isEqualTo("ab  c");
    }
}
