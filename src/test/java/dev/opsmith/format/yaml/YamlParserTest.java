package dev.opsmith.format.yaml;

import dev.opsmith.core.SourceFile;
import dev.opsmith.core.Span;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class YamlParserTest {
    private static YamlFile parse(String text, Resolution r) throws YamlParseException {
        return YamlParser.parse(SourceFile.of("x.yaml", text), r);
    }

    private static YamlNode root(String text) throws YamlParseException {
        return parse(text, Resolution.YAML_1_1).documents().get(0).root();
    }

    @Test
    void yaml11ScalarsAsKubernetesReadsThem() throws YamlParseException {
        YamlNode r = root("""
                a: yes
                b: off
                c: y
                mode: 0644
                hex: 0x1F
                port: 8080
                ratio: 0.5
                quoted: "yes"
                tagged: !!str 0644
                nothing: ~
                empty:
                """);
        assertThat(r.get("a").bool()).contains(true);
        assertThat(r.get("b").bool()).contains(false);
        assertThat(r.get("c").bool()).contains(true);
        assertThat(r.get("mode").integer()).contains(420L);
        assertThat(r.get("hex").integer()).contains(31L);
        assertThat(r.get("port").integer()).contains(8080L);
        assertThat(((YamlScalar) r.get("ratio")).resolved()).isEqualTo(0.5);
        assertThat(r.get("quoted").bool()).isEmpty();
        assertThat(r.get("quoted").text()).contains("yes");
        assertThat(r.get("tagged").integer()).isEmpty();
        assertThat(r.get("nothing").isNull()).isTrue();
        assertThat(r.get("empty").isNull()).isTrue();
    }

    @Test
    void yaml12KeepsYesAsTextAndOctalAsDecimal() throws YamlParseException {
        YamlNode r = parse("a: yes\nmode: 0644\n", Resolution.YAML_1_2).documents().get(0).root();
        assertThat(r.get("a").bool()).isEmpty();
        assertThat(r.get("a").text()).contains("yes");
        assertThat(r.get("mode").integer()).contains(644L);
    }

    @Test
    void spansAndPointersAreExact() throws YamlParseException {
        YamlNode r = root("""
                spec:
                  containers:
                    - name: api
                      securityContext:
                        privileged: true
                """);
        YamlNode privileged = r.path("spec", "containers", 0, "securityContext", "privileged");
        assertThat(privileged.span()).isEqualTo(Span.of(5, 21, 5, 25));
        assertThat(privileged.pointer()).isEqualTo("/spec/containers/0/securityContext/privileged");
        YamlMapping container = (YamlMapping) r.path("spec", "containers", 0);
        assertThat(container.span()).isEqualTo(Span.of(3, 7, 5, 25));
        assertThat(container.entry("name").span()).isEqualTo(Span.of(3, 7, 3, 16));
        assertThat(YamlPointers.dotted(privileged.pointer())).isEqualTo("spec.containers[0].securityContext.privileged");
    }

    @Test
    void navigationNeverReturnsNull() throws YamlParseException {
        YamlNode r = root("spec:\n  replicas: 3\n");
        YamlNode missing = r.path("spec", "template", "spec", "containers", 0, "image");
        assertThat(missing.present()).isFalse();
        assertThat(missing.text()).isEmpty();
        assertThat(missing.items()).isEmpty();
        assertThat(r.path("spec", "replicas", "x")).isInstanceOfSatisfying(YamlMissing.class,
                m -> assertThat(m.reason()).isEqualTo(YamlMissing.Reason.NOT_A_MAPPING));
    }

    @Test
    void multiDocumentStreams() throws YamlParseException {
        YamlFile f = parse("a: 1\n---\nb: 2\n---\n# only a comment\n", Resolution.YAML_1_1);
        assertThat(f.documents()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(f.documents().get(1).root().get("b").integer()).contains(2L);
        assertThat(f.documents().get(1).root().get("b").span().line()).isEqualTo(3);
    }

    @Test
    void aliasesExpandAndMergeKeysApply() throws YamlParseException {
        YamlNode r = root("""
                base: &base
                  cpu: 100m
                  memory: 128Mi
                a: *base
                b:
                  <<: *base
                  memory: 256Mi
                """);
        assertThat(r.path("a", "cpu").text()).contains("100m");
        assertThat(r.path("a", "cpu").pointer()).isEqualTo("/a/cpu");
        assertThat(r.path("a", "cpu").span().line()).isEqualTo(2);
        assertThat(r.path("b", "cpu").text()).contains("100m");
        assertThat(r.path("b", "memory").text()).contains("256Mi");
    }

    @Test
    void aliasBombIsStoppedWithAClearError() {
        StringBuilder bomb = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i <= 9; i++) {
            bomb.append("a").append(i).append(": &a").append(i).append(" [");
            for (int j = 0; j < 10; j++) bomb.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
            bomb.append("]\n");
        }
        assertThatThrownBy(() -> parse(bomb.toString(), Resolution.YAML_1_1))
                .isInstanceOf(YamlParseException.class)
                .hasMessageContaining("alias bomb");
    }

    @Test
    void duplicateKeysAreRecordedAndTheLastWins() throws YamlParseException {
        YamlFile f = parse("metadata:\n  name: a\n  labels: {}\n  name: b\n", Resolution.YAML_1_1);
        assertThat(f.documents().get(0).root().path("metadata", "name").text()).contains("b");
        assertThat(f.duplicateKeys()).singleElement().satisfies(d -> {
            assertThat(d.key()).isEqualTo("name");
            assertThat(d.span().line()).isEqualTo(4);
            assertThat(d.first().line()).isEqualTo(2);
            assertThat(d.pointer()).isEqualTo("/metadata/name");
        });
    }

    @Test
    void syntaxErrorsCarryThePosition() {
        assertThatThrownBy(() -> parse("a:\n  b: [1, 2\nc: d\n", Resolution.YAML_1_1))
                .isInstanceOfSatisfying(YamlParseException.class, e -> {
                    assertThat(e.getMessage()).startsWith("not valid YAML");
                    assertThat(e.span().line()).isEqualTo(3);
                });
    }
}
