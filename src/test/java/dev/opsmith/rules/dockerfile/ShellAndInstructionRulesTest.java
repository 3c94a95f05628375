package dev.opsmith.rules.dockerfile;

import dev.opsmith.core.Finding;
import dev.opsmith.core.SourceFile;
import dev.opsmith.format.dockerfile.Dockerfile;
import dev.opsmith.format.dockerfile.DockerfileParser;
import dev.opsmith.format.dockerfile.Word;
import dev.opsmith.rules.RuleContext;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Cases of the shell-and-instruction family that fixtures cannot express (rule settings) and helper edge cases. */
class ShellAndInstructionRulesTest {

    private static List<Finding> run(DockerfileRule rule, String text, Map<String, List<String>> settings) throws Exception {
        SourceFile source = SourceFile.of("Dockerfile", text);
        Dockerfile df = DockerfileParser.parse(source);
        RuleContext ctx = new RuleContext(source, List.of(), settings);
        rule.check(df, ctx);
        return ctx.findings(rule.meta());
    }

    @Test
    void labelSchemaFromSettingsWithStrictMode() throws Exception {
        String text = """
                FROM alpine:3.20
                LABEL com.example.team="payments" \\
                      com.example.contact="not-an-email" \\
                      com.example.extra="x"
                """;
        List<Finding> f = run(new LabelSchemaViolation(), text, Map.of(
                "schema", List.of("com.example.team=text", "com.example.contact=email", "com.example.release=semver"),
                "strict", List.of("true")));
        assertThat(f).extracting(x -> x.span().line()).containsExactlyInAnyOrder(1, 3, 4);
        assertThat(f).anySatisfy(x -> assertThat(x.message()).contains("com.example.release").contains("missing"));
        assertThat(f).anySatisfy(x -> assertThat(x.message()).contains("not an e-mail address"));
        assertThat(f).anySatisfy(x -> assertThat(x.message()).contains("com.example.extra").contains("strict"));
    }

    @Test
    void ociPresetCanBeCombinedWithOwnLabels() {
        assertThat(LabelSchemaViolation.schema(List.of("oci", "com.example.team")))
                .containsKeys("org.opencontainers.image.source", "com.example.team")
                .containsEntry("com.example.team", LabelFormats.TEXT);
    }

    @Test
    void labelFormats() {
        assertThat(LabelFormats.SEMVER.accepts("2.0.0-rc.1+build.5")).isTrue();
        assertThat(LabelFormats.SEMVER.accepts("v2.0.0")).isFalse();
        assertThat(LabelFormats.HASH.accepts("3f6c2a1")).isTrue();
        assertThat(LabelFormats.HASH.accepts("3F6C2A1")).isFalse();
        assertThat(LabelFormats.RFC3339.accepts("2024-05-01T12:00:00Z")).isTrue();
        assertThat(LabelFormats.RFC3339.accepts("2024-05-01")).isFalse();
        assertThat(LabelFormats.URL.accepts("https://git.example.com/payments")).isTrue();
        assertThat(LabelFormats.URL.accepts("git.example.com/payments")).isFalse();
        assertThat(LabelFormats.SPDX.accepts("GPL-2.0-or-later WITH Classpath-exception-2.0")).isTrue();
        assertThat(LabelFormats.SPDX.accepts("MIT AND")).isFalse();
        assertThat(LabelFormats.EMAIL.accepts("payments@example.com")).isTrue();
    }

    @Test
    void pipefailOptionForms() {
        assertThat(Shells.optionsEnablePipefail(words("-o", "pipefail", "-c"))).isTrue();
        assertThat(Shells.optionsEnablePipefail(words("-euxo", "pipefail", "-c"))).isTrue();
        assertThat(Shells.optionsEnablePipefail(words("-o", "errexit", "-o", "pipefail"))).isTrue();
        assertThat(Shells.optionsEnablePipefail(words("-o", "pipefail", "+o", "pipefail"))).isFalse();
        assertThat(Shells.optionsEnablePipefail(words("-e", "-c"))).isFalse();
    }

    @Test
    void pipefailSetAfterThePipeDoesNotCount() throws Exception {
        String text = """
                FROM debian:bookworm-slim
                RUN set -o pipefail; curl -fsSL https://example.com/a | tar -xz
                RUN curl -fsSL https://example.com/b | tar -xz; set -o pipefail
                """;
        assertThat(run(new PipeWithoutPipefail(), text, Map.of())).extracting(x -> x.span().line()).containsExactly(3);
    }

    private static List<Word> words(String... values) {
        return java.util.Arrays.stream(values).map(v -> new Word(v, v, dev.opsmith.core.Span.of(1, 1, 1, 2))).toList();
    }
}
