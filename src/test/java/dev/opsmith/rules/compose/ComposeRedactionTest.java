package dev.opsmith.rules.compose;

import dev.opsmith.core.Finding;
import dev.opsmith.core.ScanResult;
import dev.opsmith.rules.RedactionAssertions;
import dev.opsmith.scan.TestScans;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Compose secret rules (CMP050, CMP051) run through the real scanner and every reporter: the finding is made,
 * and no raw credential appears in any output (message, source excerpt, JSON, SARIF), in any form it is written
 * (quoted, {@code $$}-escaped, YAML-escaped, across lines).
 */
class ComposeRedactionTest {

    private static final String API = "services:\n  payments-api:\n    image: registry.example.com/payments/api:4.1.0\n";

    @TempDir
    Path root;

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("CMP050", API + "    environment:\n      POSTGRES_PASSWORD: \"Pg-9f3kQ2xLw\"\n",
                        List.of("Pg-9f3kQ2xLw")),
                Arguments.of("CMP050", API + "    environment:\n      - REDIS_PASSWORD=${REDIS_PASSWORD:-r3dis-local-pw}\n",
                        List.of("r3dis-local-pw")),
                Arguments.of("CMP050", API + "    environment:\n      LEDGER_SIGNING_SECRET: pa$$w0rd-ledger\n",
                        List.of("pa$$w0rd-ledger", "pa$w0rd-ledger")),
                Arguments.of("CMP050", API + "    environment:\n      PSP_API_TOKEN: \"Lm2\\u0021Rt5Vx93q8\"\n",
                        List.of("Lm2!Rt5Vx93q8", "Lm2\\u0021Rt5Vx93q8")),
                Arguments.of("CMP050", API + "    build:\n      context: .\n      args:\n        - NPM_TOKEN=npm_8fJ2kLq9XwZ4rT7vB1\n",
                        List.of("npm_8fJ2kLq9XwZ4rT7vB1")),
                Arguments.of("CMP050", API + "    environment:\n      BROKER_CREDENTIALS_URL: amqp://ledger:Rabb1t-ledger@rabbitmq:5672/\n",
                        List.of("Rabb1t-ledger")),
                Arguments.of("CMP050", API + "    environment:\n      TLS_PRIVATE_KEY: |\n        -----BEGIN EC PRIVATE KEY-----\n"
                                + "        MHcCAQEEIBkg4LVWM9nuwNSk3yByxZpYRTBnVJk5oOSGXM9hwJ0XoAoGCCqGSM49\n"
                                + "        AwEHoUQDQgAEpvK4bIPEzAKDvuoXfhvvVLGRZ6gDTf3T9PcU9r1xKQTAmZ4LfBqu\n"
                                + "        -----END EC PRIVATE KEY-----\n",
                        List.of("MHcCAQEEIBkg4LVWM9nuwNSk3yByxZpYRTBnVJk5oOSGXM9hwJ0XoAoGCCqGSM49",
                                "AwEHoUQDQgAEpvK4bIPEzAKDvuoXfhvvVLGRZ6gDTf3T9PcU9r1xKQTAmZ4LfBqu")),
                Arguments.of("CMP051", API + "    environment:\n      DATABASE_URL: postgres://payments:Zx81-payments@postgres:5432/payments\n",
                        List.of("Zx81-payments")),
                Arguments.of("CMP051", API + "    environment:\n      - \"DATABASE_URL=postgres://payments:Zx81\\u002Dpay@postgres/payments\"\n",
                        List.of("Zx81-pay", "Zx81\\u002Dpay")),
                Arguments.of("CMP051", API + "    command: [\"payments-api\", \"--github\", \"ghp_u8jzPde0IgxLd6GncfBAepfJBd0Kh8oOOL8d\"]\n",
                        List.of("ghp_u8jzPde0IgxLd6GncfBAepfJBd0Kh8oOOL8d")),
                Arguments.of("CMP051", API + "    healthcheck:\n      test: [\"CMD\", \"curl\", \"-fsS\", \"https://probe:Hc-probe-2024@localhost:8443/health\"]\n",
                        List.of("Hc-probe-2024")),
                Arguments.of("CMP051", API + "    labels:\n      ops.alerts.slack: xoxb-7741852963-Qm4TzR8wKp2Lx\n",
                        List.of("xoxb-7741852963-Qm4TzR8wKp2Lx")),
                Arguments.of("CMP051", API + "    environment:\n      S3_UPLOADER: AKIA81U33XTPLPFT75V2\n",
                        List.of("AKIA81U33XTPLPFT75V2")),
                Arguments.of("CMP051", API + "    environment:\n      SIGNING_MATERIAL: |\n        -----BEGIN EC PRIVATE KEY-----\n"
                                + "        MHcCAQEEIBkg4LVWM9nuwNSk3yByxZpYRTBnVJk5oOSGXM9hwJ0XoAoGCCqGSM49\n"
                                + "        AwEHoUQDQgAEpvK4bIPEzAKDvuoXfhvvVLGRZ6gDTf3T9PcU9r1xKQTAmZ4LfBqu\n"
                                + "        -----END EC PRIVATE KEY-----\n",
                        List.of("MHcCAQEEIBkg4LVWM9nuwNSk3yByxZpYRTBnVJk5oOSGXM9hwJ0XoAoGCCqGSM49",
                                "AwEHoUQDQgAEpvK4bIPEzAKDvuoXfhvvVLGRZ6gDTf3T9PcU9r1xKQTAmZ4LfBqu")));
    }

    @ParameterizedTest(name = "{0} #{index}")
    @MethodSource("cases")
    void noOutputShowsTheCredential(String id, String content, List<String> secrets) throws IOException {
        ScanResult result = RedactionAssertions.scan(root, "compose.yaml", content, id);
        RedactionAssertions.assertNoOutputShows(result, id, secrets);
    }

    /** Values are judged as written: a .env value is used for interpolation but never printed. */
    @Test
    void dotEnvValuesAreNeverPrinted() throws IOException {
        Path compose = root.resolve("compose.yaml");
        Files.writeString(compose, "services:\n  postgres:\n    image: postgres:16.4\n    environment:\n"
                + "      POSTGRES_HOST_AUTH_METHOD: ${PG_AUTH}\n      POSTGRES_PASSWORD: ${PG_PASSWORD}\n"
                + "  payments-api:\n    image: registry.example.com/payments/api:4.1.0\n    environment:\n"
                + "      DATABASE_URL: postgres://payments:${PG_PASSWORD}@postgres/payments\n"
                + "      LEDGER_API_TOKEN: Lt-7Rk2Qm9Xv4\n", StandardCharsets.UTF_8);
        Files.writeString(root.resolve(".env"), "PG_AUTH=trust\nPG_PASSWORD=Env-only-Pw-8313\n", StandardCharsets.UTF_8);
        ScanResult result = TestScans.scan(TestScans.options(root, List.of(compose), Set.of("CMP050", "CMP051", "CMP052")));
        assertThat(result.findings()).extracting(Finding::ruleId).containsExactlyInAnyOrder("CMP050", "CMP052");
        RedactionAssertions.assertNoOutputShows(result, "CMP050", List.of("Env-only-Pw-8313", "Lt-7Rk2Qm9Xv4"));
    }
}
