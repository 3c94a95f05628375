package dev.opsmith.format.kubernetes.schema;

import dev.opsmith.format.kubernetes.schema.ApiVersions.State;
import dev.opsmith.format.kubernetes.schema.ApiVersions.Status;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ApiVersionsTest {
    private static final ApiVersions TABLE = ApiVersions.get();

    private static State state(String apiVersion, String kind, String target) {
        return TABLE.status(apiVersion, kind, KubeVersion.parse(target)).orElseThrow().state();
    }

    @Test
    void removedApis() {
        Status status = TABLE.status("extensions/v1beta1", "Ingress", KubeVersion.CURRENT).orElseThrow();
        assertThat(status.state()).isEqualTo(State.REMOVED);
        assertThat(status.replacement()).contains("networking.k8s.io/v1 Ingress");
        assertThat(status.message()).isEqualTo("extensions/v1beta1 Ingress was removed in 1.22; use networking.k8s.io/v1 Ingress");
        assertThat(state("apps/v1beta2", "Deployment", "1.16")).isEqualTo(State.REMOVED);
        assertThat(state("policy/v1beta1", "PodSecurityPolicy", "1.25")).isEqualTo(State.REMOVED);
        assertThat(TABLE.status("policy/v1beta1", "PodSecurityPolicy", KubeVersion.CURRENT).orElseThrow().replacement()).isEmpty();
        assertThat(state("batch/v1beta1", "CronJob", "1.25")).isEqualTo(State.REMOVED);
        assertThat(state("autoscaling/v2beta2", "HorizontalPodAutoscaler", "1.26")).isEqualTo(State.REMOVED);
        assertThat(state("flowcontrol.apiserver.k8s.io/v1beta3", "FlowSchema", "1.32")).isEqualTo(State.REMOVED);
    }

    @Test
    void deprecatedApisBeforeTheirRemoval() {
        assertThat(state("extensions/v1beta1", "Ingress", "1.21")).isEqualTo(State.DEPRECATED);
        assertThat(state("batch/v1beta1", "CronJob", "v1.24.3")).isEqualTo(State.DEPRECATED);
        assertThat(state("policy/v1beta1", "PodDisruptionBudget", "1.20")).isEqualTo(State.OK);
        Status endpoints = TABLE.status("v1", "Endpoints", KubeVersion.CURRENT).orElseThrow();
        assertThat(endpoints.state()).isEqualTo(State.DEPRECATED);
        assertThat(endpoints.message()).isEqualTo("v1 Endpoints is deprecated since 1.33; use discovery.k8s.io/v1 EndpointSlice");
    }

    @Test
    void currentApisAndApisTooNewForTheTarget() {
        assertThat(state("apps/v1", "Deployment", KubeVersion.CURRENT.toString())).isEqualTo(State.OK);
        assertThat(state("batch/v1", "CronJob", "1.20")).isEqualTo(State.NOT_YET_INTRODUCED);
        assertThat(state("flowcontrol.apiserver.k8s.io/v1", "FlowSchema", "1.28")).isEqualTo(State.NOT_YET_INTRODUCED);
    }

    @Test
    void unlistedApisHaveNoStatus() {
        assertThat(TABLE.status("cert-manager.io/v1", "Certificate", KubeVersion.CURRENT)).isEqualTo(Optional.empty());
        assertThat(TABLE.status("apps/v1", "Deploymnet", KubeVersion.CURRENT)).isEmpty();
    }

    @Test
    void everyRowNamesAKindTheSchemaKnows() {
        // not in the fabric8 OpenAPI the schema comes from (see SchemaConverter); listed for their removal dates
        Set<String> notInSchema = Set.of("extensions/v1beta1/PodSecurityPolicy", "policy/v1beta1/PodSecurityPolicy",
                "apiextensions.k8s.io/v1/CustomResourceDefinition", "apiextensions.k8s.io/v1beta1/CustomResourceDefinition",
                "apiregistration.k8s.io/v1/APIService", "apiregistration.k8s.io/v1beta1/APIService");
        KubernetesSchema schema = KubernetesSchema.get();
        for (String row : tableKeys()) {
            int slash = row.lastIndexOf('/');
            boolean known = schema.knows(row.substring(0, slash), row.substring(slash + 1));
            assertThat(known).as(row + " known to the schema").isEqualTo(!notInSchema.contains(row));
        }
    }

    @Test
    void malformedRowsAreReportedWithTheirLine() {
        assertThatThrownBy(() -> ApiVersions.parse(new BufferedReader(new StringReader("# header\napps/v1\tDeployment\t1.9\n"))))
                .hasMessageContaining("api-versions.tsv:2: expected 6 tab-separated columns");
        assertThatThrownBy(() -> ApiVersions.parse(new BufferedReader(new StringReader("a/v1\tK\t1.9\t1.20\t1.16\t-\n"))))
                .hasMessageContaining(":1: versions out of order");
        assertThatThrownBy(() -> ApiVersions.parse(new BufferedReader(new StringReader("a/v1\tK\tnew\t-\t-\t-\n"))))
                .hasMessageContaining(":1: not a Kubernetes version");
    }

    private static Set<String> tableKeys() {
        try (var in = ApiVersions.class.getResourceAsStream(ApiVersions.RESOURCE)) {
            Set<String> keys = new java.util.TreeSet<>();
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t");
                keys.add(f[0] + "/" + f[1]);
            }
            return keys;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
