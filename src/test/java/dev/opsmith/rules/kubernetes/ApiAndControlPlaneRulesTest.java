package dev.opsmith.rules.kubernetes;

import dev.opsmith.core.Finding;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Messages and helpers of the API/schema and control-plane families; line expectations live in the fixtures. */
class ApiAndControlPlaneRulesTest {


    @Test
    void goDurations() {
        assertThat(FlagChecks.durationMillis("1m30s")).contains(90_000.0);
        assertThat(FlagChecks.durationMillis("300ms")).contains(300.0);
        assertThat(FlagChecks.durationMillis("0")).contains(0.0);
        assertThat(FlagChecks.durationMillis("1.5h")).contains(5_400_000.0);
        assertThat(FlagChecks.durationMillis("60")).isEmpty();
        assertThat(FlagChecks.durationMillis("5 m")).isEmpty();
    }

    @Test
    void goBooleans() {
        ControlPlaneCommand.Flag bare = new ControlPlaneCommand.Flag("profiling", Optional.empty(), null, false);
        assertThat(bare.bool()).contains(true);
        assertThat(new ControlPlaneCommand.Flag("p", Optional.of("F"), null, false).bool()).contains(false);
        assertThat(new ControlPlaneCommand.Flag("p", Optional.of("no"), null, false).bool()).isEmpty();
        assertThat(new ControlPlaneCommand.Flag("p", Optional.of("false"), null, true).bool()).isEmpty();
    }

    @Test
    void missingFlagsAreListedInOneFinding() {
        List<Finding> findings = KubernetesFixtures.scan("K8S190", "noncompliant.yaml");
        Finding missing = findings.stream().filter(f -> f.span().line() == 13).findFirst().orElseThrow();
        assertThat(missing.message()).startsWith("kube-apiserver in container \"kube-apiserver\" runs without ")
                .contains("--audit-log-path", "--encryption-provider-config", "--profiling=false")
                .doesNotContain("--anonymous-auth", "--authorization-mode", "--tls-cert-file");
    }

    @Test
    void weakCiphersAreNamed() {
        Map<Integer, String> byLine = new java.util.TreeMap<>();
        KubernetesFixtures.scan("K8S190", "noncompliant.yaml").forEach(f -> byLine.put(f.span().line(), f.message()));
        assertThat(byLine.get(26)).contains("TLS_RSA_WITH_AES_128_CBC_SHA").doesNotContain("TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,");
    }

    @Test
    void schemaMessagesNameTheFieldAndItsPlace() {
        Map<Integer, String> byLine = new java.util.TreeMap<>();
        KubernetesFixtures.scan("K8S182", "noncompliant.yaml").forEach(f -> byLine.put(f.span().line(), f.message()));
        assertThat(byLine.get(23)).isEqualTo("Deployment payments-api: unknown field \"imagePullPolcy\" "
                + "(did you mean \"imagePullPolicy\"?) in spec.template.spec.containers[0]");
        assertThat(byLine.get(10)).contains("spec.replicas");
    }

    @Test
    void duplicateKeysPointBackToTheFirst() {
        Finding f = KubernetesFixtures.scan("K8S183", "noncompliant.yaml").get(0);
        assertThat(f.span().line()).isEqualTo(22);
        assertThat(f.relatedLocations()).singleElement().satisfies(r -> assertThat(r.span().line()).isEqualTo(20));
    }
}
