package dev.opsmith.scan;

import dev.opsmith.core.ScanResult;
import dev.opsmith.core.Finding;
import dev.opsmith.report.Reporters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Same input, same output: whatever the thread count, run after run; fingerprints ignore line numbers. */
class DeterminismTest {
    private static final String DOCKERFILE = """
            FROM python:latest
            ENV STRIPE_SECRET_KEY=sk_live_9Qx2LmT7vRb4NcW8yZp3KdFh
            RUN apt-get update && apt-get install curl
            RUN curl -sSL https://install.example.com/x.sh | sh
            WORKDIR app
            COPY . .
            RUN apt-get install curl
            CMD python -m app
            """;

    private static String json(ScanResult r) throws IOException {
        StringWriter w = new StringWriter();
        Reporters.forFormat("json").write(r, w);
        return w.toString().replaceAll("\"durationMs\"\\s*:\\s*\\d+", "\"durationMs\": 0");
    }

    private static ScanResult scan(Path root, int threads) {
        ScanOptions base = TestScans.options(root, List.of(root), Set.of());
        ScanOptions o = new ScanOptions(base.root(), base.paths(), base.repositoryRoot(), base.only(), base.skip(),
                base.enable(), base.severityOverrides(), base.ruleSettings(), base.excludes(), base.failOn(),
                base.threshold(), base.sizeLimits(), base.analyzers(), base.hadolintPragmas(), base.peerIgnores(),
                base.peerIgnoreSource(), threads, base.files());
        return TestScans.scan(o);
    }

    @Test
    void outputIsByteIdenticalAcrossThreadCountsAndRuns(@TempDir Path root) throws IOException {
        for (int i = 0; i < 40; i++) {
            Path dir = root.resolve("svc-" + i);
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(i % 2 == 0 ? "Dockerfile" : "worker.Dockerfile"), DOCKERFILE);
        }
        String single = json(scan(root, 1));
        assertThat(json(scan(root, 4))).isEqualTo(single);
        assertThat(json(scan(root, 4))).isEqualTo(single);
        assertThat(scan(root, 1).findings()).hasSizeGreaterThan(40);
    }

    @Test
    void fingerprintsSurviveUnrelatedEdits_andIdenticalLinesStayDistinct(@TempDir Path root) throws IOException {
        Path file = root.resolve("Dockerfile");
        Files.writeString(file, DOCKERFILE);
        List<Finding> before = scan(root, 1).findings();
        Files.writeString(file, "# Payments API image\n# owned by the platform team\n\n" + DOCKERFILE.replace("WORKDIR app", "\nWORKDIR app"));
        List<Finding> after = scan(root, 1).findings();
        assertThat(after).hasSameSizeAs(before);
        assertThat(after.get(0).span().line()).isNotEqualTo(before.get(0).span().line());
        Set<String> fingerprints = before.stream().map(Finding::fingerprint).collect(Collectors.toSet());
        assertThat(after.stream().map(Finding::fingerprint).collect(Collectors.toSet())).isEqualTo(fingerprints);
        assertThat(fingerprints).as("each finding has its own fingerprint").hasSize(before.size());
    }
}
