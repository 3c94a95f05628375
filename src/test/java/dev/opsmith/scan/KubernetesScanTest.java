package dev.opsmith.scan;

import dev.opsmith.core.Finding;
import dev.opsmith.core.ScanResult;
import dev.opsmith.core.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** YAML files through the pipeline: what is claimed, what a parse failure weighs, what is skipped. */
class KubernetesScanTest {
    @TempDir
    Path root;

    private ScanResult scan() {
        return TestScans.scan(TestScans.options(root, List.of(root), Set.of()));
    }

    private void write(String name, String text) throws IOException {
        Path p = root.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    private static Finding parse(ScanResult r, String file) {
        return r.findings().stream().filter(f -> f.file().equals(file) && f.ruleId().equals("PARSE")).findFirst().orElseThrow();
    }

    @Test
    void brokenManifestIsHigh_brokenOtherYamlIsInfo() throws IOException {
        write("k8s/deployment.yaml", "apiVersion: apps/v1\nkind: Deployment\nspec:\n  replicas: [1\n");
        write("ci/settings.yml", "a: [b\n");
        ScanResult r = scan();
        assertThat(parse(r, "k8s/deployment.yaml").severity()).isEqualTo(Severity.HIGH);
        assertThat(parse(r, "k8s/deployment.yaml").message()).startsWith("not valid YAML");
        assertThat(parse(r, "ci/settings.yml").severity()).isEqualTo(Severity.INFO);
    }

    @Test
    void aliasBombIsAParseFindingNotACrash() throws IOException {
        StringBuilder bomb = new StringBuilder("apiVersion: v1\nkind: ConfigMap\ndata:\n  a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i <= 9; i++) {
            bomb.append("  a").append(i).append(": &a").append(i).append(" [");
            for (int j = 0; j < 10; j++) bomb.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
            bomb.append("]\n");
        }
        write("bomb.yaml", bomb.toString());
        assertThat(parse(scan(), "bomb.yaml").message()).contains("alias bomb");
    }

    @Test
    void helmTemplatesAreNotReadAsYaml() throws IOException {
        write("chart/Chart.yaml", "apiVersion: v2\nname: payments\nversion: 1.0.0\n");
        write("chart/templates/deployment.yaml", "apiVersion: apps/v1\nkind: Deployment\n{{- if .Values.x }}\n");
        ScanResult r = scan();
        assertThat(r.findings()).isEmpty();
        // rendering is off in these options: the chart is named in a notice, its templates are not read as YAML
        assertThat(r.notices()).singleElement().satisfies(n -> {
            assertThat(n.file()).isEqualTo("chart");
            assertThat(n.message()).contains("Helm chart not rendered");
        });
    }
}
