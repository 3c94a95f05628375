package dev.opsmith.scan.render;

import dev.opsmith.core.Finding;
import dev.opsmith.core.ScanResult;
import dev.opsmith.scan.TestScans;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Kustomizations built by kustomize/kubectl after our refusal walk, findings mapped to bases and patches. */
class KustomizeRenderingTest {
    @TempDir
    Path dir;

    private static final String DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: api
            spec:
              replicas: 2
              selector:
                matchLabels: {app: api}
              template:
                metadata:
                  labels: {app: api}
                spec:
                  containers:
                    - name: api
                      image: registry.example.com/api:1.0
            """;

    private void write(String rel, String text) throws IOException {
        Path p = dir.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    private ScanResult scan(String... only) {
        return TestScans.scan(TestScans.rendering(dir, Set.of(only), RenderOptions.defaults("1.36")));
    }

    private void overlays() throws IOException {
        write("base/kustomization.yaml", "resources:\n  - deployment.yaml\n");
        write("base/deployment.yaml", DEPLOYMENT);
        write("overlays/dev/kustomization.yaml", "namePrefix: dev-\nresources:\n  - ../../base\n");
        write("overlays/prod/kustomization.yaml", "namePrefix: prod-\nresources:\n  - ../../base\npatches:\n  - path: debug.yaml\n");
        write("overlays/prod/debug.yaml", """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: api
                spec:
                  template:
                    spec:
                      containers:
                        - name: api
                          securityContext:
                            privileged: true
                """);
    }

    @Test
    void a_finding_a_patch_introduces_is_attributed_to_the_patch_file() throws IOException {
        assumeTrue(KustomizeBuilds.onPath("kubectl").isPresent() || KustomizeBuilds.onPath("kustomize").isPresent(),
                "neither kubectl nor kustomize is installed");
        overlays();
        ScanResult r = scan("K8S002");
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.file()).isEqualTo("overlays/prod/debug.yaml");
            assertThat(f.span().line()).isEqualTo(11);
            assertThat(f.contexts()).containsExactly("overlays/prod");
        });
    }

    @Test
    void a_base_finding_is_reported_once_at_the_base_with_every_overlay_that_builds_it() throws IOException {
        assumeTrue(KustomizeBuilds.onPath("kubectl").isPresent() || KustomizeBuilds.onPath("kustomize").isPresent(),
                "neither kubectl nor kustomize is installed");
        overlays();
        ScanResult r = scan("K8S070");
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.file()).isEqualTo("base/deployment.yaml");
            assertThat(f.span().line()).isEqualTo(14);
            assertThat(f.contexts()).containsExactly("overlays/dev", "overlays/prod");
        });
        assertThat(r.findings()).extracting(Finding::file).doesNotHaveDuplicates();
    }

    @Test
    void remote_resources_are_refused_without_any_connection() throws IOException {
        try (ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            int port = listener.getLocalPort();
            write("kustomization.yaml", "resources:\n  - deployment.yaml\n"
                    + "  - http://127.0.0.1:" + port + "/base.yaml\n"
                    + "  - git::http://127.0.0.1:" + port + "/platform.git//base?ref=v1\n"
                    + "  - 127.0.0.1:" + port + "/org/repo\n");
            write("deployment.yaml", DEPLOYMENT);
            ScanResult r = scan("KUS001", "KUS005", "K8S070");
            assertThat(r.findings()).extracting(f -> f.ruleId() + " " + f.file() + ":" + f.span().line()).containsExactly(
                    "K8S070 deployment.yaml:14", // not built, so the plain file is still scanned
                    "KUS001 kustomization.yaml:3", "KUS001 kustomization.yaml:4", "KUS001 kustomization.yaml:5");
            // any connection attempt made during the scan would be waiting in the backlog by now
            listener.setSoTimeout(200);
            assertThatThrownBy(listener::accept).isInstanceOf(SocketTimeoutException.class);
        }
    }

    @Test
    void a_missing_local_resource_is_never_handed_to_kustomize_which_would_try_it_as_a_repository() throws IOException {
        write("kustomization.yaml", "resources:\n  - github.com/example-org/missing-base\n  - deploymnt.yaml\n");
        ScanResult r = scan("KUS001", "KUS005");
        assertThat(r.findings()).extracting(Finding::ruleId).containsExactly("KUS001");
        write("kustomization.yaml", "resources:\n  - deploymnt.yaml\n");
        ScanResult typo = scan("KUS001", "KUS005");
        assertThat(typo.findings()).singleElement().satisfies(f -> assertThat(f.message()).contains("does not exist"));
    }

    @Test
    void without_a_binary_each_root_gets_one_informational_finding_and_plain_files_are_scanned() throws IOException {
        overlays();
        RenderOptions none = new RenderOptions(true, java.util.List.of(), java.util.Map.of(), java.util.Map.of(), "1.36",
                "auto", dir.resolve("no-kubectl"), 60_000);
        ScanResult r = TestScans.scan(TestScans.rendering(dir, Set.of("KUS004", "K8S002"), none));
        assertThat(r.findings()).extracting(f -> f.ruleId() + " " + f.file()).containsExactlyInAnyOrder(
                "K8S002 overlays/prod/debug.yaml", "KUS004 overlays/dev/kustomization.yaml", "KUS004 overlays/prod/kustomization.yaml");
        RenderOptions required = new RenderOptions(true, java.util.List.of(), java.util.Map.of(), java.util.Map.of(), "1.36",
                "required", dir.resolve("no-kubectl"), 60_000);
        ScanResult strict = TestScans.scan(TestScans.rendering(dir, Set.of("KUS004"), required));
        assertThat(strict.findings()).allSatisfy(f -> assertThat(f.severity()).isEqualTo(dev.opsmith.core.Severity.HIGH));
    }
}
