package dev.opsmith.rules.kubernetes;

import dev.opsmith.core.Finding;
import dev.opsmith.core.ScanResult;
import dev.opsmith.rules.RedactionAssertions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every Kubernetes rule that reports on or beside a credential (env values, ConfigMap and Secret entries, raw and
 * base64-decoded), run through the real scanner and every reporter: no raw credential may appear in any output
 * (message, source excerpt, JSON, SARIF), while the finding itself is still reported.
 */
class KubernetesRedactionTest {

    private static final String POD = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: payments-api\n  namespace: payments\n"
            + "spec:\n  containers:\n    - name: api\n      image: registry.example.com/payments/api:4.2.0\n";

    @TempDir
    Path root;

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("K8S130", POD + "      env:\n        - name: LEDGER_DB_PASSWORD\n          value: Tr4nsf3r-Qu1ck!\n",
                        List.of("Tr4nsf3r-Qu1ck!")),
                Arguments.of("K8S130", POD + "      env:\n        - name: PSP_API_TOKEN\n          value: \"Lm2\\\"Rt5Vx93q8\"\n",
                        List.of("Lm2\\\"Rt5Vx93q8", "Lm2\"Rt5Vx93q8")),
                Arguments.of("K8S130", POD + "      env:\n        - {name: DATABASE_URL, value: 'postgres://ledger:Wq8zPl2mN5@ledger-db:5432/ledger'}\n",
                        List.of("Wq8zPl2mN5")),
                Arguments.of("K8S130", POD + "      env:\n        - name: EXPORT_AUTH\n          value: ghp_R8mZ2kQ9vT4xW7pL1nB6cY3hJ5fD0sA2gE8u\n",
                        List.of("ghp_R8mZ2kQ9vT4xW7pL1nB6cY3hJ5fD0sA2gE8u")),
                Arguments.of("K8S131", POD + "      env:\n        - {name: HSM_PIN, value: Pn4Hs8Mk2Vq7, valueFrom: {secretKeyRef: {name: hsm, key: pin}}}\n",
                        List.of("Pn4Hs8Mk2Vq7")),
                Arguments.of("K8S134", POD + "      env:\n        - {name: LEDGER_DB_PASSWORD, value: Kd8Rw2Zq5Lm9}\n        - {name: LEDGER_DB_PASSWORD, value: Yt3Bn7Xc1Vs6}\n",
                        List.of("Kd8Rw2Zq5Lm9", "Yt3Bn7Xc1Vs6")),
                Arguments.of("K8S132", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: payments-api-config\n  namespace: payments\ndata:\n  LEDGER_DB_PASSWORD: Tr4nsf3r-Qu1ck!\n",
                        List.of("Tr4nsf3r-Qu1ck!")),
                Arguments.of("K8S132", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: payments-api-config\n  namespace: payments\ndata:\n  application.properties: |\n    server.port=8080\n    spring.datasource.password=Wq8zPl2mN5vB\n",
                        List.of("Wq8zPl2mN5vB")),
                Arguments.of("K8S132", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: payments-api-config\n  namespace: payments\nbinaryData:\n  s3-access.txt: YXdzX2FjY2Vzc19rZXlfaWQ9QUtJQVE3Ulo0TjJNWEw1UFRKM1Y=\n",
                        List.of("YXdzX2FjY2Vzc19rZXlfaWQ9QUtJQVE3Ulo0TjJNWEw1UFRKM1Y=", "AKIAQ7RZ4N2MXL5PTJ3V")),
                Arguments.of("K8S132", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: payments-api-config\n  namespace: payments\ndata:\n  client.pem: |\n    -----BEGIN EC PRIVATE KEY-----\n    MHcCAQEEIBkg4LVWM9nuwNSk3yByxZpYRTBnVJk5oOSGXM9hwJ0XoAoGCCqGSM49\n    AwEHoUQDQgAEpvK4bIPEzAKDvuoXfhvvVLGRZ6gDTf3T9PcU9r1xKQTAmZ4LfBqu\n    -----END EC PRIVATE KEY-----\n",
                        List.of("MHcCAQEEIBkg4LVWM9nuwNSk3yByxZpYRTBnVJk5oOSGXM9hwJ0XoAoGCCqGSM49", "AwEHoUQDQgAEpvK4bIPEzAKDvuoXfhvvVLGRZ6gDTf3T9PcU9r1xKQTAmZ4LfBqu")),
                Arguments.of("K8S133", "apiVersion: v1\nkind: Secret\nmetadata:\n  name: payments-psp\n  namespace: payments\nstringData:\n  psp-api-token: eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJwYXltZW50cy1hcGkiLCJzY29wZSI6InNldHRsZSJ9.Qm9ZxW3kT7pL2vR8sN4yH6cJ1fD5gA0e\n",
                        List.of("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJwYXltZW50cy1hcGkiLCJzY29wZSI6InNldHRsZSJ9.Qm9ZxW3kT7pL2vR8sN4yH6cJ1fD5gA0e")),
                Arguments.of("K8S133", "apiVersion: v1\nkind: Secret\nmetadata:\n  name: payments-psp\n  namespace: payments\ndata:\n  ledger-db-password: cTdWeiFSMm1LOXhMcDRUdzhzTmIzSGY=\n",
                        List.of("cTdWeiFSMm1LOXhMcDRUdzhzTmIzSGY=", "q7Vz!R2mK9xLp4Tw8sNb3Hf")),
                Arguments.of("K8S133", "apiVersion: v1\nkind: Secret\nmetadata:\n  name: payments-psp\n  namespace: payments\ntype: kubernetes.io/tls\nstringData:\n  tls.key: |\n    -----BEGIN EC PRIVATE KEY-----\n    MHcCAQEEIBkg4LVWM9nuwNSk3yByxZpYRTBnVJk5oOSGXM9hwJ0XoAoGCCqGSM49\n    AwEHoUQDQgAEpvK4bIPEzAKDvuoXfhvvVLGRZ6gDTf3T9PcU9r1xKQTAmZ4LfBqu\n    -----END EC PRIVATE KEY-----\n",
                        List.of("MHcCAQEEIBkg4LVWM9nuwNSk3yByxZpYRTBnVJk5oOSGXM9hwJ0XoAoGCCqGSM49", "AwEHoUQDQgAEpvK4bIPEzAKDvuoXfhvvVLGRZ6gDTf3T9PcU9r1xKQTAmZ4LfBqu")),
                Arguments.of("K8S133", "apiVersion: v1\nkind: Secret\nmetadata:\n  name: payments-psp\n  namespace: payments\ndata:\n  tls.key: LS0tLS1CRUdJTiBFQyBQUklWQVRFIEtFWS0tLS0tCk1IY0NBUUVFSUJrZzRMVldNOW51d05TazN5Qnl4WnBZUlRCblZKazVvT1NHWE05aHdKMFhvQW9HQ0NxR1NNNDkKQXdFSG9VUURRZ0FFcHZLNGJJUEV6QUtEdnVvWGZodnZWTEdSWjZnRFRmM1Q5UGNVOXIxeEtRVEFtWjRMZkJxdQotLS0tLUVORCBFQyBQUklWQVRFIEtFWS0tLS0tCg==\n",
                        List.of("LS0tLS1CRUdJTiBFQyBQUklWQVRFIEtFWS0tLS0tCk1IY0NBUUVFSUJrZzRMVldNOW51d05TazN5Qnl4WnBZUlRCblZKazVvT1NHWE05aHdKMFhvQW9HQ0NxR1NNNDkKQXdFSG9VUURRZ0FFcHZLNGJJUEV6QUtEdnVvWGZodnZWTEdSWjZnRFRmM1Q5UGNVOXIxeEtRVEFtWjRMZkJxdQotLS0tLUVORCBFQyBQUklWQVRFIEtFWS0tLS0tCg==", "MHcCAQEEIBkg4LVWM9nuwNSk3yByxZpYRTBnVJk5oOSGXM9hwJ0XoAoGCCqGSM49", "AwEHoUQDQgAEpvK4bIPEzAKDvuoXfhvvVLGRZ6gDTf3T9PcU9r1xKQTAmZ4LfBqu")));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("cases")
    void credentialAppearsInNoOutput(String id, String manifest, List<String> secrets) throws IOException {
        ScanResult result = RedactionAssertions.scan(root, "manifest.yaml", manifest, id);
        for (Finding f : result.findings()) {
            for (String secret : secrets) {
                assertThat(f.properties().values()).allSatisfy(v -> assertThat(v).doesNotContain(secret));
            }
        }
        RedactionAssertions.assertNoOutputShows(result, id, secrets);
    }
}
