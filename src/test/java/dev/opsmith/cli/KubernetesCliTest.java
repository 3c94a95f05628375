package dev.opsmith.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Kubernetes options end to end: the target version, the PSS profile, YAML suppressions and peer annotations. */
class KubernetesCliTest {
    @TempDir
    Path dir;

    private List<String> ruleIds(String... args) {
        List<String> all = new ArrayList<>(List.of("scan", dir.toString(), "--format", "json"));
        all.addAll(List.of(args));
        CliTest.Run r = CliTest.run(all.toArray(String[]::new));
        assertThat(r.err()).isEmpty();
        List<String> out = new ArrayList<>();
        for (JsonNode f : CliTest.json(r.out()).path("findings")) {
            if (!f.path("suppressed").asBoolean()) out.add(f.path("ruleId").asString() + "@" + f.path("line").asInt());
        }
        return out;
    }

    @Test
    void removedApisDependOnTheTargetVersion() throws IOException {
        Files.writeString(dir.resolve("cronjob.yaml"), """
                apiVersion: batch/v1beta1
                kind: CronJob
                metadata: {name: settle, namespace: payments}
                spec:
                  schedule: "0 2 * * *"
                  jobTemplate:
                    spec:
                      template:
                        spec:
                          restartPolicy: OnFailure
                          containers: [{name: settle, image: "settle:2.4.1"}]
                """);
        assertThat(ruleIds("--rule", "K8S180", "--kube-version", "1.20")).isEmpty();
        assertThat(ruleIds("--rule", "K8S180", "--kube-version", "1.25")).containsExactly("K8S180@1");
        assertThat(ruleIds("--rule", "K8S180")).containsExactly("K8S180@1");
        assertThat(CliTest.run("scan", dir.toString(), "--kube-version", "latest").code()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void baselineProfileTurnsOffRestrictedOnlyRules() throws IOException {
        Files.writeString(dir.resolve("pod.yaml"), """
                apiVersion: v1
                kind: Pod
                metadata: {name: ledger, namespace: payments}
                spec:
                  containers:
                    - name: ledger
                      image: registry.example.com/ledger:1.4.2
                """);
        List<String> restricted = ruleIds("--rule", "K8S010");
        assertThat(restricted).isNotEmpty();
        assertThat(ruleIds("--rule", "K8S010", "--pss-profile", "baseline")).isEmpty();
        assertThat(CliTest.run("scan", dir.toString(), "--pss-profile", "strict").code()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void yamlPragmasAndPeerAnnotationsWaive() throws IOException {
        Files.writeString(dir.resolve("pods.yaml"), """
                apiVersion: v1
                kind: Pod
                metadata: {name: a, namespace: payments}
                spec:
                  containers:
                    - name: a
                      image: registry.example.com/a:1.0.0
                      securityContext:
                        privileged: true  # opsmith:ignore=K8S002 node agent, approved in CHG-2231
                ---
                apiVersion: v1
                kind: Pod
                metadata:
                  name: b
                  namespace: payments
                  annotations:
                    ignore-check.kube-linter.io/privileged-container: "node agent, approved in CHG-2231"
                spec:
                  containers:
                    - name: b
                      image: registry.example.com/b:1.0.0
                      securityContext:
                        privileged: true
                ---
                apiVersion: v1
                kind: Pod
                metadata: {name: c, namespace: payments}
                spec:
                  containers:
                    - name: c
                      image: registry.example.com/c:1.0.0
                      securityContext:
                        privileged: true
                """);
        assertThat(ruleIds("--rule", "K8S002")).containsExactly("K8S002@33");
    }

    @Test
    void aFindingCanBeMoreSevereThanItsRule() throws IOException {
        Files.writeString(dir.resolve("rbac.yaml"), """
                apiVersion: rbac.authorization.k8s.io/v1
                kind: Role
                metadata: {name: reader, namespace: payments}
                rules:
                  - apiGroups: [""]
                    resources: [secrets]
                    verbs: [get]
                ---
                apiVersion: rbac.authorization.k8s.io/v1
                kind: ClusterRole
                metadata: {name: reader-everywhere}
                rules:
                  - apiGroups: [""]
                    resources: [secrets]
                    verbs: [list]
                """);
        CliTest.Run r = CliTest.run("scan", dir.toString(), "--format", "json", "--rule", "K8S118");
        List<String> severities = new ArrayList<>();
        for (JsonNode f : CliTest.json(r.out()).path("findings")) severities.add(f.path("severity").asString());
        assertThat(severities).containsExactly("medium", "high");
    }
}
