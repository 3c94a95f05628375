package dev.opsmith.format.kubernetes;

import dev.opsmith.core.SourceFile;
import dev.opsmith.format.yaml.Resolution;
import dev.opsmith.format.yaml.YamlParseException;
import dev.opsmith.format.yaml.YamlParser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class KubernetesManifestsTest {
    private static KubernetesManifests parse(String text) throws YamlParseException {
        return KubernetesManifests.of(YamlParser.parse(SourceFile.of("m.yaml", text), Resolution.YAML_1_1));
    }

    @Test
    void objectsListsAndOtherDocuments() throws YamlParseException {
        KubernetesManifests m = parse("""
                apiVersion: v1
                kind: Service
                metadata: {name: api, namespace: payments}
                ---
                just: config
                ---
                apiVersion: v1
                kind: List
                items:
                  - apiVersion: v1
                    kind: ConfigMap
                    metadata: {name: a}
                  - apiVersion: apps/v1
                    kind: Deployment
                    metadata: {name: b}
                """);
        assertThat(m.objects()).extracting(KubernetesObject::identity)
                .containsExactly("Service/payments/api", "ConfigMap//a", "Deployment//b");
        assertThat(m.objects().get(2).item()).isEqualTo(1);
        assertThat(m.objects().get(2).group()).isEqualTo("apps");
        assertThat(m.objects().get(0).anchor().line()).isEqualTo(2);
    }

    @Test
    void podSpecsOfEveryWorkloadKind() throws YamlParseException {
        KubernetesManifests m = parse("""
                apiVersion: batch/v1
                kind: CronJob
                metadata: {name: settle}
                spec:
                  schedule: "0 2 * * *"
                  jobTemplate:
                    spec:
                      template:
                        metadata: {labels: {app: settle}}
                        spec:
                          initContainers: [{name: migrate, image: "migrate:1"}]
                          containers: [{name: job, image: "settle:2"}]
                ---
                apiVersion: v1
                kind: Pod
                metadata: {name: debug, labels: {app: debug}}
                spec:
                  containers: [{name: shell, image: busybox}]
                """);
        PodSpec cron = Workloads.podSpec(m.objects().get(0)).orElseThrow();
        assertThat(cron.allContainers()).extracting(Container::display)
                .containsExactly("container \"job\"", "init container \"migrate\"");
        assertThat(cron.podLabels()).containsEntry("app", "settle");
        PodSpec pod = Workloads.podSpec(m.objects().get(1)).orElseThrow();
        assertThat(pod.podLabels()).containsEntry("app", "debug");
        assertThat(pod.containers(ContainerKind.CONTAINER).get(0).image().text()).contains("busybox");
    }
}
