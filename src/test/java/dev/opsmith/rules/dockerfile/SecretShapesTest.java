package dev.opsmith.rules.dockerfile;

import dev.opsmith.rules.secrets.CredentialShapes;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SecretShapesTest {

    @Test
    void namesThatAnnounceACredential() {
        assertThat(SecretShapes.sensitiveName("DB_PASSWORD")).isTrue();
        assertThat(SecretShapes.sensitiveName("npm_token")).isTrue();
        assertThat(SecretShapes.sensitiveName("AWS_SECRET_ACCESS_KEY")).isTrue();
        assertThat(SecretShapes.sensitiveName("STRIPE_API_KEY")).isTrue();
        assertThat(SecretShapes.sensitiveName("LDAP_PWD")).isTrue();
        assertThat(SecretShapes.sensitiveName("DB_PASSWORD_FILE")).isFalse();
        assertThat(SecretShapes.sensitiveName("TOKENIZERS_PARALLELISM")).isFalse();
        assertThat(SecretShapes.sensitiveName("PASSWORD_MIN_LENGTH")).isFalse();
        assertThat(SecretShapes.sensitiveName("GOPRIVATE")).isFalse();
        assertThat(SecretShapes.sensitiveName("PWD")).isFalse();
        assertThat(SecretShapes.sensitiveName("AWS_ACCESS_KEY_ID")).isFalse();
    }

    @Test
    void literalSecretsAreNotReferencesPlaceholdersOrPaths() {
        assertThat(SecretShapes.isLiteralSecret("Xq7s9Lr2vT8m")).isTrue();
        assertThat(SecretShapes.isLiteralSecret("$DB_PASSWORD")).isFalse();
        assertThat(SecretShapes.isLiteralSecret("${DB_PASSWORD:-}")).isFalse();
        assertThat(SecretShapes.isLiteralSecret("")).isFalse();
        assertThat(SecretShapes.isLiteralSecret("changeme")).isFalse();
        assertThat(SecretShapes.isLiteralSecret("<password>")).isFalse();
        assertThat(SecretShapes.isLiteralSecret("xxx")).isFalse();
        assertThat(SecretShapes.isLiteralSecret("dummy-value")).isFalse();
        assertThat(SecretShapes.isLiteralSecret("/run/secrets/db")).isFalse();
    }

    @Test
    void wellKnownTokenShapes() {
        assertThat(SecretShapes.tokens("AKIA2E0A8F3B244C9986")).extracting(CredentialShapes.Token::kind)
                .containsExactly("AWS access key id");
        assertThat(SecretShapes.tokens("AKIAIOSFODNN7EXAMPLE")).isEmpty();
        assertThat(SecretShapes.tokens("x=ghp_R8x2Lk9QwE4tYu7IoP3aSd6FgH1jK5zXcV0b")).hasSize(1);
        assertThat(SecretShapes.tokens("ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")).isEmpty();
        assertThat(SecretShapes.tokens("xoxb-1234-abcdefghijkl")).hasSize(1);
        assertThat(SecretShapes.tokens("rk_live_4eC39HqLyjWDarjtT1zdp7dc")).hasSize(1);
        assertThat(SecretShapes.tokens("sk_test_4eC39HqLyjWDarjtT1zdp7dc")).isEmpty();
        assertThat(SecretShapes.tokens("-----BEGIN RSA PRIVATE KEY-----\nMIIE\n-----END RSA PRIVATE KEY-----"))
                .extracting(CredentialShapes.Token::kind).containsExactly("private key");
        assertThat(SecretShapes.tokens("-----BEGIN CERTIFICATE-----")).isEmpty();
        assertThat(SecretShapes.tokens("$GITHUB_TOKEN ${GLPAT}")).isEmpty();
    }

    @Test
    void credentialsOnALine() {
        assertThat(SecretShapes.credentialsIn("git clone https://ci:Hq93kdLw0PzA71ms@github.com/a/b.git"))
                .containsExactly("Hq93kdLw0PzA71ms");
        assertThat(SecretShapes.credentialsIn("git clone https://$TOKEN@github.com/a/b.git ssh://git@host/x")).isEmpty();
        assertThat(SecretShapes.credentialsIn("ENV DB_PASSWORD=Xq7s9Lr2vT8m DB_USER=app")).containsExactly("Xq7s9Lr2vT8m");
    }
}
