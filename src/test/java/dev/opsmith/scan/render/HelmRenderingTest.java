package dev.opsmith.scan.render;

import dev.opsmith.core.Finding;
import dev.opsmith.core.ScanResult;
import dev.opsmith.scan.TestScans;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Charts rendered by the embedded Helm, findings mapped back to template and values lines. */
class HelmRenderingTest {
    @TempDir
    static Path dir;
    static Path chart;

    @BeforeAll
    static void chart() throws IOException {
        assumeTrue(HelmProcess.available(), "no embedded Helm for this platform");
        chart = dir.resolve("charts-src/ledger");
        Files.createDirectories(chart.resolve("templates"));
        Files.writeString(chart.resolve("Chart.yaml"), """
                apiVersion: v2
                name: ledger
                version: 1.0.0
                icon: https://charts.example.com/ledger.png
                """);
        Files.writeString(chart.resolve("values.yaml"), """
                replicas: 2
                image: registry.example.com/ledger:2.3.0
                securityContext:
                  privileged: false
                  runAsNonRoot: true
                """);
        Files.writeString(chart.resolve("values-dev.yaml"), """
                securityContext:
                  privileged: true
                """);
        Files.writeString(chart.resolve("values-prod.yaml"), """
                replicas: 4
                securityContext:
                  privileged: true
                """);
        Files.writeString(chart.resolve("templates/deployment.yaml"), """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: {{ .Release.Name }}-ledger
                spec:
                  replicas: {{ .Values.replicas }}
                  selector:
                    matchLabels:
                      app: ledger
                  template:
                    metadata:
                      labels:
                        app: ledger
                    spec:
                      containers:
                        - name: ledger
                          image: {{ .Values.image }}
                          securityContext:
                            {{- toYaml .Values.securityContext | nindent 12 }}
                """);
    }

    private static ScanResult scan(Set<String> only, RenderOptions options) {
        return TestScans.scan(TestScans.rendering(dir, only, options));
    }

    @Test
    void renders_once_per_environment_and_reports_a_finding_found_in_both_once_with_both_contexts() {
        ScanResult r = scan(Set.of("K8S002"), RenderOptions.defaults("1.36"));
        assertThat(r.findings()).hasSize(1);
        Finding f = r.findings().get(0);
        assertThat(f.contexts()).containsExactly("dev", "prod");
        assertThat(f.file()).isEqualTo("charts-src/ledger/templates/deployment.yaml");
    }

    @Test
    void maps_a_finding_to_its_template_line_and_the_values_file_line_that_set_it() {
        RenderOptions prodOnly = new RenderOptions(true, List.of(), Map.of(),
                Map.of("prod", List.of(chart.resolve("values-prod.yaml"))), "1.36", "off", null, 60_000);
        ScanResult r = scan(Set.of("K8S002"), prodOnly);
        assertThat(r.findings()).hasSize(1);
        Finding f = r.findings().get(0);
        assertThat(f.span().line()).as("the securityContext key of the template").isEqualTo(18);
        assertThat(f.contexts()).containsExactly("prod");
        assertThat(f.relatedLocations()).singleElement().satisfies(rel -> {
            assertThat(rel.file()).isEqualTo("charts-src/ledger/values-prod.yaml");
            assertThat(rel.span().line()).isEqualTo(3);
            assertThat(rel.message()).contains("securityContext.privileged");
        });
    }

    @Test
    void cross_object_rules_look_within_the_chart_and_say_so() {
        ScanResult r = scan(Set.of("K8S146"), RenderOptions.defaults("1.36"));
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.message()).contains("in this chart").doesNotContain("folder");
            assertThat(f.contexts()).containsExactly("dev", "prod");
        });
    }

    @Test
    void a_value_set_only_by_the_charts_values_yaml_points_there() {
        RenderOptions defaults = new RenderOptions(true, List.of(), Map.of("securityContext.runAsNonRoot", "false"),
                Map.of("default", List.of()), "1.36", "off", null, 60_000);
        ScanResult r = scan(Set.of("K8S002", "K8S090"), defaults);
        assertThat(r.findings()).extracting(Finding::ruleId).doesNotContain("K8S002"); // values.yaml: privileged false
    }

    @Test
    void a_chart_that_fails_to_render_is_reported_at_the_template_line_helm_names() throws IOException {
        Path broken = dir.resolve("broken");
        Files.createDirectories(broken.resolve("templates"));
        Files.writeString(broken.resolve("Chart.yaml"), "apiVersion: v2\nname: broken\nversion: 0.1.0\n");
        Files.writeString(broken.resolve("templates/cm.yaml"), """
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: {{ required "name is required" .Values.name }}
                """);
        ScanResult r = TestScans.scan(TestScans.rendering(broken, Set.of("HELM001"), RenderOptions.defaults("1.36")));
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.file()).isEqualTo("templates/cm.yaml");
            assertThat(f.span().line()).isEqualTo(4);
            assertThat(f.message()).contains("name is required");
        });
    }

    @Test
    void a_dependency_that_is_not_vendored_is_reported_and_nothing_is_fetched() throws IOException {
        Path withDep = dir.resolve("with-dep");
        Files.createDirectories(withDep.resolve("templates"));
        Files.writeString(withDep.resolve("Chart.yaml"), """
                apiVersion: v2
                name: with-dep
                version: 0.1.0
                dependencies:
                  - name: postgresql
                    version: 15.5.0
                    repository: https://127.0.0.1:9/charts
                """);
        ScanResult r = TestScans.scan(TestScans.rendering(withDep, Set.of("HELM003", "HELM001"), RenderOptions.defaults("1.36")));
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("HELM003");
            assertThat(f.span().line()).isEqualTo(5);
        });
    }

    @Test
    void a_suppression_comment_in_the_template_covers_what_is_mapped_to_its_node() throws IOException {
        Path waived = dir.resolve("waived");
        Files.createDirectories(waived.resolve("templates"));
        Files.writeString(waived.resolve("Chart.yaml"), "apiVersion: v2\nname: waived\nversion: 0.1.0\n");
        Files.writeString(waived.resolve("values.yaml"), "securityContext:\n  privileged: true\n");
        Files.writeString(waived.resolve("templates/pod.yaml"), """
                apiVersion: v1
                kind: Pod
                metadata:
                  name: debug
                spec:
                  containers:
                    - name: debug
                      image: registry.example.com/debug:1.0
                      {{- /* the node agent needs the host: approved in CHG-2231 */}}
                      # opsmith:ignore=K8S002 node agent, approved in CHG-2231
                      securityContext:
                        {{- toYaml .Values.securityContext | nindent 8 }}
                """);
        ScanResult r = TestScans.scan(TestScans.rendering(waived, Set.of("K8S002"), RenderOptions.defaults("1.36")));
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.file()).isEqualTo("templates/pod.yaml");
            assertThat(f.span().line()).isEqualTo(11);
            assertThat(f.suppressed()).isTrue();
            assertThat(f.justification()).contains("CHG-2231");
        });
    }

    @Test
    void a_hung_or_crashed_worker_fails_one_request_and_the_next_one_gets_a_fresh_worker() {
        try (HelmProcess helm = new HelmProcess(60_000)) {
            HelmProcess.Answer missing = helm.template(dir.resolve("no-such-chart"), "r", "ns", "1.36.0", List.of(), Map.of());
            assertThat(missing.ok()).isFalse();
            assertThat(missing.error()).contains("no-such-chart");
            HelmProcess.Answer ok = helm.template(chart, "r", "ns", "1.36.0", List.of(), Map.of());
            assertThat(ok.ok()).isTrue();
            assertThat(ok.json().path("manifest").asString()).contains("# Source: ledger/templates/deployment.yaml");
        }
    }
}
