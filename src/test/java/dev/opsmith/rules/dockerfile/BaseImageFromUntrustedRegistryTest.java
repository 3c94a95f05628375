package dev.opsmith.rules.dockerfile;

import dev.opsmith.core.Finding;
import dev.opsmith.core.SourceFile;
import dev.opsmith.format.dockerfile.Dockerfile;
import dev.opsmith.format.dockerfile.DockerfileParser;
import dev.opsmith.rules.RuleContext;
import dev.opsmith.rules.images.TrustedRegistries;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * DF004 needs its allow-list, which the generic fixture test does not pass yet. The fixtures carry it in a
 * {@code # settings: trusted-registries=a,b} header, read here.
 */
class BaseImageFromUntrustedRegistryTest {
    private static final String FOLDER = "/dev/opsmith/rules/dockerfile/DF004/";

    @Test
    void noncompliantFixtureReportsEveryMarkedLine() throws Exception {
        String fixture = read("noncompliant.Dockerfile");
        assertThat(lines(runText(fixture, settings(fixture)))).isEqualTo(expectedLines(fixture)).isNotEmpty();
    }

    @Test
    void compliantFixtureReportsNothing() throws Exception {
        String fixture = read("compliant.Dockerfile");
        assertThat(runText(fixture, settings(fixture))).isEmpty();
    }

    @Test
    void withoutAnAllowListNothingIsReported() throws Exception {
        assertThat(runText(read("noncompliant.Dockerfile"), List.of())).isEmpty();
    }

    @Test
    void bareNamesAreDockerHubAndStagesScratchAndVariablesAreSkipped() throws Exception {
        String text = """
                ARG UNKNOWN
                FROM alpine:3.21 AS base
                FROM docker.io/library/debian:12 AS deb
                FROM ${UNKNOWN} AS u
                FROM base
                COPY --from=deb /etc/os-release /x
                FROM scratch
                """;
        assertThat(runText(text, List.of("docker.io"))).isEmpty();
        assertThat(lines(runText(text, List.of("registry.example.com")))).containsExactly(2, 3);
    }

    @Test
    void wildcardMatchesSubdomainsOnly() {
        assertThat(TrustedRegistries.of(List.of("*.mirror.example.com")).trusts("eu.mirror.example.com")).isTrue();
        assertThat(TrustedRegistries.of(List.of("*.mirror.example.com")).trusts("mirror.example.com.evil.io")).isFalse();
        assertThat(TrustedRegistries.of(List.of("registry.example.com")).trusts("registry.example.com:5000")).isFalse();
    }

    private static String read(String name) throws Exception {
        try (InputStream in = BaseImageFromUntrustedRegistryTest.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) throw new AssertionError("missing fixture " + FOLDER + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<String> settings(String fixture) {
        for (String line : fixture.split("\n")) {
            String t = line.strip();
            if (t.startsWith("# settings:") && t.contains("trusted-registries=")) {
                return Arrays.stream(t.substring(t.indexOf('=') + 1).split(",")).map(String::strip).toList();
            }
        }
        throw new AssertionError("DF004 fixture has no '# settings: trusted-registries=...' header");
    }

    private static List<Finding> runText(String text, List<String> trusted) throws Exception {
        SourceFile source = SourceFile.of("Dockerfile", text);
        Dockerfile dockerfile = DockerfileParser.parse(source);
        RuleContext context = new RuleContext(source, List.of(), Map.of(BaseImageFromUntrustedRegistry.SETTING, trusted));
        BaseImageFromUntrustedRegistry rule = new BaseImageFromUntrustedRegistry();
        rule.check(dockerfile, context);
        return context.findings(rule.meta());
    }

    private static List<Integer> lines(List<Finding> findings) {
        return findings.stream().map(f -> f.span().line()).sorted().toList();
    }

    private static List<Integer> expectedLines(String fixture) {
        List<String> lines = List.of(fixture.split("\n", -1));
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).matches("\\s*#\\s*expect-next:\\s*DF004\\s*")) out.add(i + 2);
        }
        return out;
    }
}
