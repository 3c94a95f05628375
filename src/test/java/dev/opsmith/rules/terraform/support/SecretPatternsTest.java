package dev.opsmith.rules.terraform.support;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Secret names, hard-coded secret values and their redaction, as the Terraform secret rules use them. */
class SecretPatternsTest {

    @Test
    void namesThatHoldASecretAreTold() {
        assertThat(SecretPatterns.looksLikeSecretName("DB_PASSWORD")).isTrue();
        assertThat(SecretPatterns.looksLikeSecretName("stripe_api_key")).isTrue();
        assertThat(SecretPatterns.looksLikeSecretName("PSP_APIKEY")).isTrue();
        assertThat(SecretPatterns.looksLikeSecretName("AUTH_TOKEN")).isTrue();
        assertThat(SecretPatterns.looksLikeSecretName("client_secret")).isTrue();
        assertThat(SecretPatterns.looksLikeSecretName("smtp-credentials")).isTrue();
    }

    @Test
    void namesThatOnlyPointAtASecretAreNot() {
        assertThat(SecretPatterns.looksLikeSecretName("DB_PASSWORD_ARN")).isFalse();
        assertThat(SecretPatterns.looksLikeSecretName("API_KEY_PARAMETER_NAME")).isFalse();
        assertThat(SecretPatterns.looksLikeSecretName("secret_id")).isFalse();
        assertThat(SecretPatterns.looksLikeSecretName("token_ttl")).isFalse();
        assertThat(SecretPatterns.looksLikeSecretName("password_reset_required")).isFalse();
        assertThat(SecretPatterns.looksLikeSecretName("PASSWORD_LENGTH")).isFalse();
        assertThat(SecretPatterns.looksLikeSecretName("AUTHOR")).isFalse();
        assertThat(SecretPatterns.looksLikeSecretName("LEDGER_TABLE")).isFalse();
    }

    @Test
    void hardcodedValuesAreToldFromPlaceholdersAndPointers() {
        assertThat(SecretPatterns.isHardcodedSecret("Qm9Zr7!vTg2w")).isTrue();
        assertThat(SecretPatterns.isHardcodedSecret("changeme")).isFalse();
        assertThat(SecretPatterns.isHardcodedSecret("<db password>")).isFalse();
        assertThat(SecretPatterns.isHardcodedSecret("xxxxxxxx")).isFalse();
        assertThat(SecretPatterns.isHardcodedSecret("abc")).isFalse();
        assertThat(SecretPatterns.isHardcodedSecret("/payments/ledger/db-password")).isFalse();
        assertThat(SecretPatterns.isHardcodedSecret(
                "arn:aws:secretsmanager:eu-west-1:123456789012:secret:payments/ledger-db-AbCdEf")).isFalse();
        assertThat(SecretPatterns.isHardcodedSecret("https://auth.payments.example.net/token")).isFalse();
    }

    @Test
    void aNamedValueIsASecretByNameOrByFormat() {
        assertThat(SecretPatterns.secretIn("DB_PASSWORD", "Qm9Zr7!vTg2w")).contains("Qm9Zr7!vTg2w");
        assertThat(SecretPatterns.secretIn("DB_PASSWORD", "changeme")).isEmpty();
        assertThat(SecretPatterns.secretIn("LOG_LEVEL", "INFO")).isEmpty();
        assertThat(SecretPatterns.secretIn("UPSTREAM", "AKIAZ7QH3LMN4PQR5STU")).contains("AKIAZ7QH3LMN4PQR5STU");
        assertThat(SecretPatterns.secretIn("UPSTREAM", "AKIAIOSFODNN7EXAMPLE")).as("documented example key").isEmpty();
        assertThat(SecretPatterns.secretIn("ROLE", "AROAZ7QH3LMN4PQR5STU")).isPresent();
    }

    @Test
    void jsonContentIsJudgedMemberByMember() {
        assertThat(SecretPatterns.secretInContent("{\"username\":\"ledger\",\"password\":\"Qm9Zr7!vTg2w\"}"))
                .contains("Qm9Zr7!vTg2w");
        assertThat(SecretPatterns.secretInContent("{\"username\":\"ledger\",\"password\":\"changeme\"}")).isEmpty();
        assertThat(SecretPatterns.secretInContent("{\"host\":\"ledger-db\",\"port\":5432}")).isEmpty();
        assertThat(SecretPatterns.secretInContent("{\"nested\":{\"api_key\":\"sk9f8g7h6j5k\"}}"))
                .contains("sk9f8g7h6j5k");
        assertThat(SecretPatterns.secretInContent("Qm9Zr7!vTg2w")).contains("Qm9Zr7!vTg2w");
        assertThat(SecretPatterns.secretInContent("placeholder")).isEmpty();
        assertThat(SecretPatterns.secretInContent("{not json but a long secret")).isPresent();
    }

    @Test
    void redactionShowsTwoCharactersAndTheLength() {
        assertThat(SecretPatterns.redact("Qm9Zr7!vTg2w")).isEqualTo("\"Qm…\" (12 characters)").doesNotContain("Zr7");
        assertThat(SecretPatterns.redact("ab")).isEqualTo("\"…\" (2 characters)");
    }
}
