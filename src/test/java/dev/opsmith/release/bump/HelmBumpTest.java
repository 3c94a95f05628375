package dev.opsmith.release.bump;

import static dev.opsmith.release.bump.BumpFixtures.copy;
import static dev.opsmith.release.bump.BumpFixtures.diff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HelmBumpTest {
    private static final BumpSettings WITH_APP_VERSION = new BumpSettings(true, true, List.of());

    @TempDir
    Path temp;

    @Test
    void chartVersionOnlyByDefault() throws Exception {
        Path dir = copy("helm", temp);
        assertThat(VersionFiles.current(dir, BumpSettings.DEFAULT))
                .contains(new DeclaredVersion("0.7.1", dir.resolve("Chart.yaml"), 6));

        List<FileEdit> edits = VersionFiles.bump(dir, "0.8.0", BumpSettings.DEFAULT);

        // the trailing comment, the commented-out version and kubeVersion stay
        assertThat(diff(dir, edits)).containsExactly("Chart.yaml:6: 0.7.1 → 0.8.0");
    }

    @Test
    void appVersionKeepsItsQuotesWhenConfigured() throws Exception {
        Path dir = copy("helm", temp);

        List<FileEdit> edits = VersionFiles.bump(dir, "1.5.0", WITH_APP_VERSION);

        assertThat(diff(dir, edits)).containsExactly(
                "Chart.yaml:6: 0.7.1 → 1.5.0",
                "Chart.yaml:7: 1.4.2 → 1.5.0");
        assertThat(edits.get(0).after()).contains("version: 1.5.0  # bumped by the release\nappVersion: \"1.5.0\"\n");
    }

    @Test
    void singleQuotedScalarsKeepTheirQuotes() throws Exception {
        Path dir = copy("helm-single-quoted", temp);

        List<FileEdit> edits = VersionFiles.bump(dir, "2.1.0", WITH_APP_VERSION);

        assertThat(edits.get(0).after()).isEqualTo("apiVersion: v2\nname: 'gateway'\nversion: '2.1.0'\nappVersion: '2.1.0'\n");
        assertThat(VersionFiles.names(dir)).containsExactly("gateway");
    }

    @Test
    void dependenciesByChartNameKeepTheirRangeOperator() throws Exception {
        Path dir = copy("helm", temp);

        List<FileEdit> common = VersionFiles.bumpDependency(dir, "common", "2.2.0", BumpSettings.DEFAULT);
        List<FileEdit> postgres = VersionFiles.bumpDependency(dir, "postgresql", "12.6.0", BumpSettings.DEFAULT);

        assertThat(diff(dir, common)).containsExactly("Chart.yaml:11: 2.1.0 → 2.2.0");
        assertThat(common.get(0).after()).contains("    version: \"~2.2.0\"\n");
        assertThat(diff(dir, postgres)).containsExactly("Chart.yaml:14: 12.5.6 → 12.6.0");
        assertThat(VersionFiles.bumpDependency(dir, "payments", "9.0.0", BumpSettings.DEFAULT)).isEmpty();
    }

    @Test
    void malformedYamlNamesFileAndLine() throws Exception {
        Path dir = copy("helm", temp);
        Path chart = dir.resolve("Chart.yaml");
        Files.writeString(chart, BumpFixtures.read(chart).replace("    repository: file://../common", "   repository: [x"));

        assertThatThrownBy(() -> VersionFiles.bump(dir, "0.8.0", BumpSettings.DEFAULT))
                .isInstanceOf(BumpException.class)
                .hasMessageStartingWith(chart + ":12: malformed YAML: ")
                .hasMessageEndingWith("; fix the chart file so helm can read it");
    }

    @Test
    void crlfChartKeepsItsLineBreaks() throws Exception {
        Path dir = copy("helm", temp);
        Path chart = dir.resolve("Chart.yaml");
        String original = BumpFixtures.read(chart);
        BumpFixtures.toCrlf(chart);

        VersionFiles.write(VersionFiles.bump(dir, "1.5.0", WITH_APP_VERSION));

        assertThat(BumpFixtures.read(chart)).isEqualTo(original.replace("version: 0.7.1", "version: 1.5.0")
                .replace("appVersion: \"1.4.2\"", "appVersion: \"1.5.0\"").replace("\n", "\r\n"));
    }
}
