package dev.opsmith.rules.kubernetes;

import dev.opsmith.core.Finding;
import dev.opsmith.core.ScanResult;
import dev.opsmith.scan.FileSource;
import dev.opsmith.scan.TestScans;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Messages and helpers of the API/schema and control-plane families; line expectations live in the fixtures. */
class ApiAndControlPlaneRulesTest {
    private static final Path FIXTURES = Path.of("src/main/resources/dev/opsmith/rules/kubernetes");

    static List<Finding> scan(String id, String file) {
        Path root = FIXTURES.resolve(id).toAbsolutePath();
        ScanResult result = TestScans.scan(TestScans.options(root, List.of(root.resolve(file)), Set.of(id),
                List.of(), FileSource.DISK));
        assertThat(result.notices()).isEmpty();
        if (Boolean.getBoolean("opsmith.printFindings")) {
            result.findings().forEach(f -> System.out.println(id + " " + file + ":" + f.span().line() + ": " + f.message()));
        }
        return result.findings();
    }

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
        List<Finding> findings = scan("K8S190", "noncompliant.yaml");
        Finding missing = findings.stream().filter(f -> f.span().line() == 13).findFirst().orElseThrow();
        assertThat(missing.message()).startsWith("kube-apiserver in container \"kube-apiserver\" runs without ")
                .contains("--audit-log-path", "--encryption-provider-config", "--profiling=false")
                .doesNotContain("--anonymous-auth", "--authorization-mode", "--tls-cert-file");
    }

    @Test
    void weakCiphersAreNamed() {
        Map<Integer, String> byLine = new java.util.TreeMap<>();
        scan("K8S190", "noncompliant.yaml").forEach(f -> byLine.put(f.span().line(), f.message()));
        assertThat(byLine.get(26)).contains("TLS_RSA_WITH_AES_128_CBC_SHA").doesNotContain("TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,");
    }

    @Test
    void schemaMessagesNameTheFieldAndItsPlace() {
        Map<Integer, String> byLine = new java.util.TreeMap<>();
        scan("K8S182", "noncompliant.yaml").forEach(f -> byLine.put(f.span().line(), f.message()));
        assertThat(byLine.get(23)).isEqualTo("Deployment payments-api: unknown field \"imagePullPolcy\" "
                + "(did you mean \"imagePullPolicy\"?) in spec.template.spec.containers[0]");
        assertThat(byLine.get(10)).contains("spec.replicas");
    }

    @Test
    void duplicateKeysPointBackToTheFirst() {
        Finding f = scan("K8S183", "noncompliant.yaml").get(0);
        assertThat(f.span().line()).isEqualTo(22);
        assertThat(f.relatedLocations()).singleElement().satisfies(r -> assertThat(r.span().line()).isEqualTo(20));
    }
}
