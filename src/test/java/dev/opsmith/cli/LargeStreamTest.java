package dev.opsmith.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One manifest file of 10,000 documents (5,000 Deployment/Service pairs, a tenth of each with a problem) scanned by
 * {@code opsmith scan} in a child JVM with a small heap: the YAML stream, the index of every object and the report
 * must fit. No timing is asserted.
 *
 * <p>The heap is {@value #HEAP}. The smallest that passed when this was written is 160 MiB (144 MiB fails), for a
 * 7.9 MB file: every document of a file is held at once, in both passes, as {@code YamlNode} trees of about 14 KB
 * per 790-byte document (a {@code Span} and a JSON-pointer string per node). bench/RESULTS.md has the figures.
 */
class LargeStreamTest {
    static final String HEAP = "256m";
    static final int PAIRS = 5_000;

    @TempDir
    Path dir;

    @Test
    void tenThousandDocumentStreamFitsASmallHeap() throws IOException, InterruptedException {
        Path manifests = Files.createDirectories(dir.resolve("repo"));
        write(manifests.resolve("all.yaml"), PAIRS);
        // the file is about 8 MB: above the default 5 MiB limit per YAML file, as a generated bundle would be
        Path config = dir.resolve("opsmith.yaml");
        Files.writeString(config, "limits:\n  kubernetes: 32MiB\n");
        Path out = dir.resolve("report.json");
        Path err = dir.resolve("stderr.txt");

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx" + HEAP, "-XX:+UseSerialGC", "-cp",
                System.getProperty("java.class.path"), "dev.opsmith.cli.Main",
                "scan", manifests.toString(), "--config", config.toString(), "--format", "json", "--shellcheck", "off",
                "--threads", "2")
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(10, TimeUnit.MINUTES)).as("scan finished").isTrue();

        String stderr = Files.readString(err, StandardCharsets.UTF_8);
        assertThat(stderr).doesNotContain("OutOfMemoryError");
        assertThat(p.exitValue()).as("exit code; stderr: " + stderr).isIn(0, 1);
        JsonNode report = CliTest.json(Files.readString(out, StandardCharsets.UTF_8));
        assertThat(report.path("summary").path("files").asInt()).isEqualTo(1);
        assertThat(report.path("notices")).isEmpty();

        Map<String, Integer> perRule = new TreeMap<>();
        for (JsonNode f : report.path("findings")) perRule.merge(f.path("ruleId").asString(), 1, Integer::sum);
        assertThat(perRule).isEqualTo(Map.of(
                "K8S182", PAIRS / 10,  // planted: readinessProbe misspelt, an unknown field
                "K8S077", PAIRS / 10,  // … so those containers have no readiness probe
                "K8S147", PAIRS / 10,  // planted: a Service whose selector matches no pod template
                "K8S092", PAIRS,       // every Deployment: replicas not spread across nodes
                "K8S094", PAIRS,       // no PodDisruptionBudget
                "K8S146", PAIRS));     // no NetworkPolicy in the folder
    }

    /** Deployment/Service pairs as a generated bundle holds them: hardened, in 50 team namespaces. */
    static void write(Path file, int pairs) throws IOException {
        StringBuilder b = new StringBuilder(pairs * 1900);
        for (int i = 0; i < pairs; i++) {
            String name = String.format("svc-%05d", i);
            String team = String.format("team-%02d", i % 50);
            boolean typo = i % 10 == 3;
            boolean orphan = i % 10 == 7;
            b.append("""
                    ---
                    apiVersion: apps/v1
                    kind: Deployment
                    metadata:
                      name: %1$s
                      namespace: %2$s
                      labels:
                        app.kubernetes.io/name: %1$s
                        app.kubernetes.io/part-of: %2$s
                    spec:
                      replicas: 3
                      selector:
                        matchLabels:
                          app.kubernetes.io/name: %1$s
                      template:
                        metadata:
                          labels:
                            app.kubernetes.io/name: %1$s
                            app.kubernetes.io/part-of: %2$s
                        spec:
                          automountServiceAccountToken: false
                          securityContext:
                            runAsNonRoot: true
                            runAsUser: 10001
                            runAsGroup: 10001
                            seccompProfile:
                              type: RuntimeDefault
                          containers:
                            - name: app
                              image: registry.example.com/%2$s/%1$s:1.%3$d.0
                              ports:
                                - name: http
                                  containerPort: 8080
                              env:
                                - name: LOG_LEVEL
                                  value: info
                              resources:
                                requests:
                                  cpu: 100m
                                  memory: 128Mi
                                limits:
                                  cpu: 500m
                                  memory: 256Mi
                              %4$s:
                                httpGet:
                                  path: /ready
                                  port: http
                              livenessProbe:
                                httpGet:
                                  path: /live
                                  port: http
                              securityContext:
                                allowPrivilegeEscalation: false
                                readOnlyRootFilesystem: true
                                capabilities:
                                  drop: [ALL]
                    ---
                    apiVersion: v1
                    kind: Service
                    metadata:
                      name: %1$s
                      namespace: %2$s
                    spec:
                      selector:
                        app.kubernetes.io/name: %5$s
                      ports:
                        - name: http
                          port: 80
                          targetPort: http
                    """.formatted(name, team, i % 20, typo ? "readinesProbe" : "readinessProbe",
                    orphan ? name + "-old" : name));
        }
        Files.writeString(file, b.toString(), StandardCharsets.UTF_8);
    }

    /** For measuring by hand: {@code java -cp … LargeStreamTest DIR [PAIRS]} writes the stream and the config. */
    public static void main(String[] args) throws IOException {
        Path d = Files.createDirectories(Path.of(args[0]));
        write(d.resolve("all.yaml"), args.length > 1 ? Integer.parseInt(args[1]) : PAIRS);
        Files.writeString(d.resolve(".opsmith.yaml"), "limits:\n  kubernetes: 32MiB\n"); // scanned too: 2 files
        System.out.println(d + File.separator + "all.yaml: " + Files.size(d.resolve("all.yaml")) + " bytes");
    }
}
