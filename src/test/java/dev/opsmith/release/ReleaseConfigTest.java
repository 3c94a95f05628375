package dev.opsmith.release;

import dev.opsmith.config.ConfigException;
import dev.opsmith.config.ReleaseConfig;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The release section of .opsmith.yaml: read, validated with positions, and turned into settings with defaults. */
class ReleaseConfigTest {

    @Test
    void absentSectionGivesSemanticReleaseDefaults() throws Exception {
        ReleaseSettings s = ReleaseSettings.from(ReleaseConfig.parse("fail-on: high\n", ".opsmith.yaml"));
        assertThat(s.bumps()).containsOnly(java.util.Map.entry("feat", Bump.MINOR), java.util.Map.entry("fix", Bump.PATCH),
                java.util.Map.entry("perf", Bump.PATCH), java.util.Map.entry("revert", Bump.PATCH));
        assertThat(s.singlePackage()).isTrue();
        assertThat(s.packages().get(0).tagPattern()).hasToString("v{version}");
        assertThat(s.commitMessage()).isEqualTo("chore(release): {version}");
        assertThat(s.zeroMajorBreaking()).isEqualTo(Bump.MINOR);
    }

    @Test
    void packagesGetNamedTagPatternsAndNormalisedPaths() throws Exception {
        ReleaseSettings s = ReleaseSettings.from(ReleaseConfig.parse("""
                release:
                  packages:
                    - {name: api, path: ./services/api/}
                    - {name: web, path: web, tag-pattern: "web@{version}"}
                """, ".opsmith.yaml"));
        assertThat(s.packages()).extracting(ReleaseSettings.PackageSpec::path).containsExactly("services/api", "web");
        assertThat(s.packages().get(0).tagPattern().format(SemVer.of(1, 2, 3))).isEqualTo("api/v1.2.3");
        assertThat(s.packages().get(1).tagPattern().parse("web@2.0.0")).contains(SemVer.of(2, 0, 0));
        assertThat(s.packages().get(0).touches("services/api/pom.xml")).isTrue();
        assertThat(s.packages().get(0).touches("services/api-gateway/pom.xml")).isFalse();
    }

    @Test
    void schemaErrorsAreReportedAtTheirLine() {
        assertThatThrownBy(() -> ReleaseConfig.parse("""
                release:
                  zero-major-breaking: sometimes
                  types:
                    feat: huge
                  colour: blue
                """, ".opsmith.yaml"))
                .isInstanceOf(ConfigException.class)
                .satisfies(e -> assertThat(((ConfigException) e).problems()).anySatisfy(p -> assertThat(p)
                        .startsWith(".opsmith.yaml:2:24: release.zero-major-breaking: must be one of"))
                        .anySatisfy(p -> assertThat(p).startsWith(".opsmith.yaml:4:11: release.types.feat: must be one of"))
                        .anySatisfy(p -> assertThat(p).startsWith(".opsmith.yaml:5:3: release.colour: unknown key")));
    }

    @Test
    void checksTheSchemaCannotExpress() {
        assertThatThrownBy(() -> ReleaseConfig.parse("""
                release:
                  extra-files:
                    - {glob: version.txt, regex: "(?<version>[0-9.+"}
                  packages:
                    - {name: api, path: services/api}
                    - {name: api, path: ../elsewhere}
                """, ".opsmith.yaml"))
                .isInstanceOf(ConfigException.class)
                .satisfies(e -> assertThat(((ConfigException) e).problems()).containsExactly(
                        ".opsmith.yaml:3:34: release.extra-files[0].regex: not a valid regular expression (Unclosed character class)",
                        ".opsmith.yaml:6:14: release.packages[1].name: package 'api' is declared twice; give each package its own name",
                        ".opsmith.yaml:6:25: release.packages[1].path: '../elsewhere' must be a folder inside the repository, relative to its root"));
    }

    @Test
    void templatesNeedTheirPlaceholderExactlyOnce() {
        assertThatThrownBy(() -> ReleaseConfig.parse("release:\n  commit-message: \"release {version} ({version})\"\n",
                ".opsmith.yaml"))
                .isInstanceOf(ConfigException.class)
                .satisfies(e -> assertThat(((ConfigException) e).problems()).containsExactly(
                        ".opsmith.yaml:2:19: release.commit-message: write {version} once, so the version can be read back"
                                + " from tags and release commits"));
        assertThatThrownBy(() -> ReleaseConfig.parse("release:\n  tag-pattern: release\n", ".opsmith.yaml"))
                .isInstanceOf(ConfigException.class)
                .satisfies(e -> assertThat(((ConfigException) e).problems()).singleElement().asString()
                        .startsWith(".opsmith.yaml:2:16: release.tag-pattern: "));
    }
}
