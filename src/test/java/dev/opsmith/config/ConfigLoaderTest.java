package dev.opsmith.config;

import dev.opsmith.core.Severity;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ConfigLoaderTest {

    @Test
    void readsEverySetting() throws ConfigException {
        Config c = ConfigLoader.parse("""
                fail-on: medium
                severity-threshold: low
                exclude: ["legacy/**", "*.generated.Dockerfile"]
                rules:
                  disable: [DF085]
                  enable: [DF003]
                  severity: {DF088: info}
                  settings:
                    DF004: {trusted-registries: [registry.northwind-pay.example]}
                limits:
                  max-file-size: 2MiB
                  dockerfile: 512KiB
                shellcheck: off
                migration:
                  hadolint: {pragmas: false, config: ci/hadolint.yaml}
                """, ".opsmith.yaml");
        assertThat(c.failOn()).isEqualTo(Severity.MEDIUM);
        assertThat(c.severityThreshold()).isEqualTo(Severity.LOW);
        assertThat(c.exclude()).containsExactly("legacy/**", "*.generated.Dockerfile");
        assertThat(c.disable()).containsExactly("DF085");
        assertThat(c.enable()).containsExactly("DF003");
        assertThat(c.severityOverrides()).containsEntry("DF088", Severity.INFO);
        assertThat(c.ruleSettings()).isEqualTo(Map.of("DF004", Map.of("trusted-registries", List.of("registry.northwind-pay.example"))));
        assertThat(c.sizeLimits()).containsEntry("max-file-size", 2L * 1024 * 1024).containsEntry("dockerfile", 512L * 1024);
        assertThat(c.shellcheck()).isEqualTo("off");
        assertThat(c.hadolintPragmas()).isFalse();
        assertThat(c.hadolintConfig()).isEqualTo("ci/hadolint.yaml");
        assertThat(c.where("DF085")).contains(".opsmith.yaml:5:13");
    }

    @Test
    void reportsEveryProblemAtOnceWithLineAndKeyPath() {
        ConfigException e = catchThrowableOfType(ConfigException.class, () -> ConfigLoader.parse("""
                fail-on: severe
                rules:
                  disable: DF001
                  enabel: [DF003]
                colour: true
                """, ".opsmith.yaml"));
        assertThat(e.problems()).hasSize(4);
        assertThat(e.problems().get(0)).startsWith(".opsmith.yaml:1:10: fail-on: must be one of [critical, high, medium, low, info]");
        assertThat(e.problems().get(1)).startsWith(".opsmith.yaml:3:12: rules.disable:");
        assertThat(e.problems().get(2)).startsWith(".opsmith.yaml:4:3: rules.enabel: unknown key");
        assertThat(e.problems().get(3)).startsWith(".opsmith.yaml:5:1: colour: unknown key");
    }

    @Test
    void duplicateKeysAreErrors() {
        ConfigException e = catchThrowableOfType(ConfigException.class,
                () -> ConfigLoader.parse("fail-on: low\nfail-on: high\n", "c.yaml"));
        assertThat(e.problems()).singleElement().asString().startsWith("c.yaml:2:1: fail-on: duplicate key");
    }

    @Test
    void yamlSyntaxErrorsHaveThePosition() {
        assertThatThrownBy(() -> ConfigLoader.parse("rules:\n  disable: [DF001\n", "c.yaml"))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("c.yaml:3:1: not valid YAML");
    }

    @Test
    void emptyFileIsAnEmptyConfig() throws ConfigException {
        assertThat(ConfigLoader.parse("", "c.yaml").disable()).isEmpty();
        assertThat(ConfigLoader.parse("# only a comment\n", "c.yaml").failOn()).isNull();
    }

    @Test
    void aListIsNotAConfiguration() {
        assertThatThrownBy(() -> ConfigLoader.parse("- a\n- b\n", "c.yaml")).hasMessageContaining("must be a mapping");
    }

    @Test
    void sizes() {
        assertThat(ConfigLoader.parseSize("5MiB")).isEqualTo(5L * 1024 * 1024);
        assertThat(ConfigLoader.parseSize("5MB")).isEqualTo(5_000_000L);
        assertThat(ConfigLoader.parseSize("1024")).isEqualTo(1024L);
        assertThat(ConfigLoader.parseSize("1.5KiB")).isEqualTo(1536L);
    }
}
