package dev.opsmith.rules.kubernetes;

import dev.opsmith.format.dockerfile.ImageRef;
import dev.opsmith.format.kubernetes.ContainerKind;
import dev.opsmith.format.kubernetes.Container;
import dev.opsmith.format.yaml.YamlMapping;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Data and parsing of the host and image families; line expectations live in the fixtures. */
class HostAndImageRulesTest {


    @Test
    void hostPathsAreNormalisedAsTheNodeResolvesThem() {
        assertThat(SensitiveHostPaths.normalise("/var//run/docker.sock/")).isEqualTo("/var/run/docker.sock");
        assertThat(SensitiveHostPaths.normalise("/tmp/../etc/./kubernetes")).isEqualTo("/etc/kubernetes");
        assertThat(SensitiveHostPaths.normalise("/..")).isEqualTo("/");
        assertThat(SensitiveHostPaths.normalise("///")).isEqualTo("/");
        assertThat(SensitiveHostPaths.normalise("C:\\var\\log")).isEqualTo("C:\\var\\log");
    }

    @Test
    void runtimeSocketsAndSensitiveDirectoriesDoNotOverlap() {
        assertThat(SensitiveHostPaths.isRuntimeSocket("/run/k3s/containerd/containerd.sock")).isTrue();
        assertThat(SensitiveHostPaths.isRuntimeSocket("/run/containerd")).isTrue();
        assertThat(SensitiveHostPaths.isRuntimeSocket("/srv/docker.sock.d/readme")).isFalse();
        assertThat(SensitiveHostPaths.sensitiveDirectory("/var/run/docker.sock")).isEmpty();
        assertThat(SensitiveHostPaths.sensitiveDirectory("/var/run")).contains("/var/run");
        assertThat(SensitiveHostPaths.sensitiveDirectory("/var/lib/kubelet")).contains("/var/lib/kubelet");
        assertThat(SensitiveHostPaths.sensitiveDirectory("/sys/fs/cgroup")).contains("/sys");
        assertThat(SensitiveHostPaths.sensitiveDirectory("/etc/ssl/certs")).isEmpty();
        assertThat(SensitiveHostPaths.sensitiveDirectory("/var/log")).isEmpty();
        assertThat(SensitiveHostPaths.sensitiveDirectory("/procedures")).isEmpty();
    }

    @Test
    void imageReferencesShareTheDockerfileParser() {
        ImageRef ref = ImageRef.parse("registry:5000/team/app:1.2@sha256:abc", "registry:5000/team/app:1.2@sha256:abc", null);
        assertThat(ref.registry()).isEqualTo("registry:5000");
        assertThat(ref.repository()).isEqualTo("team/app");
        assertThat(ref.tag()).isEqualTo("1.2");
        assertThat(ref.digest()).isEqualTo("sha256:abc");
        ImageRef portOnly = ImageRef.parse("registry:5000/team/app", "registry:5000/team/app", null);
        assertThat(portOnly.tag()).isNull();
        assertThat(portOnly.registry()).isEqualTo("registry:5000");
    }

    @Test
    void bareNamesAndDockerHubAliasesAreDockerIo() {
        for (String image : List.of("nginx:1.27", "library/nginx:1.27", "index.docker.io/library/nginx:1.27",
                "Docker.io/library/nginx:1.27")) {
            ImageRef ref = ImageRef.parse(image, image, null);
            Container c = new Container(new YamlMapping(List.of(), null, ""), ContainerKind.CONTAINER, 0);
            assertThat(new ContainerImages.ContainerImage(c, null, ref).registry()).as(image).isEqualTo("docker.io");
        }
    }

    @Test
    void unrenderedValuesAreRecognised() {
        assertThat(TemplateValues.isUnrendered("{{ .Values.image }}")).isTrue();
        assertThat(TemplateValues.isUnrendered("${IMAGE}")).isTrue();
        assertThat(TemplateValues.isUnrendered("$(IMAGE)")).isTrue();
        assertThat(TemplateValues.isUnrendered("registry.example.com/app:1.0")).isFalse();
    }

    @Test
    void obsoleteComponentsAreMatchedByRepositoryNotSubstring() {
        assertThat(ObsoleteRiskyComponent.component("kubernetes-helm/tiller")).contains("Tiller");
        assertThat(ObsoleteRiskyComponent.component("tiller")).contains("Tiller");
        assertThat(ObsoleteRiskyComponent.component("payments/distiller")).isNull();
        assertThat(ObsoleteRiskyComponent.component("kubernetesui/dashboard-web")).contains("Dashboard");
        assertThat(ObsoleteRiskyComponent.component("kubernetesui/metrics-scraper")).isNull();
        assertThat(ObsoleteRiskyComponent.component("google_containers/kubernetes-dashboard-amd64")).contains("Dashboard");
    }

    @Test
    void allowedHostPortsTakePortsAndRanges() {
        List<HostPort.PortRange> ranges = HostPort.PortRange.parseAll(List.of("9100", " 10250-10260 ", "x", ""));
        assertThat(ranges).hasSize(2);
        assertThat(HostPort.PortRange.anyContains(ranges, 10255)).isTrue();
        assertThat(HostPort.PortRange.anyContains(ranges, 8080)).isFalse();
    }

    @Test
    void messagesNameTheOffendingValue() {
        assertThat(KubernetesFixtures.scan("K8S045", "noncompliant.yaml")).singleElement().satisfies(f -> {
            assertThat(f.message()).contains("/var/run/docker.sock").contains("Job payments-image-build");
        });
        assertThat(KubernetesFixtures.scan("K8S061", "noncompliant.yaml")).first().satisfies(f ->
                assertThat(f.message()).contains("container \"vault\"").contains("vault:latest"));
    }
}
