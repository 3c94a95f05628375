package dev.opsmith.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * K8S182 on custom resources, end to end: a CustomResourceDefinition anywhere in the scan, or a schema of
 * {@code --schema-dir} / {@code kubernetes.schema-dir}, validates them; without either they are skipped.
 */
class CustomResourceSchemaTest {
    @TempDir
    Path dir;
    Path repo;

    private static final String CRD = """
            apiVersion: apiextensions.k8s.io/v1
            kind: CustomResourceDefinition
            metadata:
              name: certificates.cert-manager.io
            spec:
              group: cert-manager.io
              names: {kind: Certificate, plural: certificates}
              scope: Namespaced
              versions:
                - name: v1
                  served: true
                  storage: true
                  schema:
                    openAPIV3Schema:
                      type: object
                      properties:
                        spec:
                          type: object
                          required: [secretName]
                          properties:
                            secretName: {type: string}
                            dnsNames: {type: array, items: {type: string}}
            """;

    /** kubeconform's JSON schema of the same kind (as openapi2jsonschema writes it), with another field. */
    private static final String JSON_SCHEMA = """
            {"type": "object", "properties": {
              "apiVersion": {"type": "string"}, "kind": {"type": "string"}, "metadata": {"type": "object"},
              "spec": {"type": "object", "required": ["secretName"], "properties": {
                "secretName": {"type": "string"}, "commonName": {"type": "string"}}}}}
            """;

    private static final String CERTIFICATE = """
            apiVersion: cert-manager.io/v1
            kind: Certificate
            metadata:
              name: card-vault-tls
              namespace: payments
            spec:
              secretName: card-vault-tls
              commonName: card-vault
              dnsName: card-vault.payments.svc
            """;

    @BeforeEach
    void layout() throws IOException {
        repo = Files.createDirectories(dir.resolve("repo"));
        Files.createDirectories(repo.resolve("apps/payments"));
        Files.writeString(repo.resolve("apps/payments/certificate.yaml"), CERTIFICATE);
    }

    private List<String> findings(String... args) {
        JsonNode report = report(args);
        assertThat(report.path("notices")).isEmpty();
        return findingsOf(report);
    }

    private JsonNode report(String... args) {
        List<String> all = new ArrayList<>(List.of("scan", repo.toString(), "--format", "json", "--rule", "K8S182"));
        all.addAll(List.of(args));
        CliTest.Run r = CliTest.run(all.toArray(String[]::new));
        assertThat(r.err()).isEmpty();
        return CliTest.json(r.out());
    }

    private static List<String> findingsOf(JsonNode report) {
        List<String> out = new ArrayList<>();
        for (JsonNode f : report.path("findings")) {
            out.add(f.path("file").asString() + ":" + f.path("line").asInt() + ":" + f.path("column").asInt() + " "
                    + f.path("message").asString());
        }
        return out;
    }

    @Test
    void customResourceWithoutSchemaIsSkipped() {
        assertThat(findings()).isEmpty();
    }

    @Test
    void crdElsewhereInTheTreeValidatesAtTheExactNode() throws IOException {
        Files.createDirectories(repo.resolve("platform/crds"));
        Files.writeString(repo.resolve("platform/crds/cert-manager.yaml"), CRD);
        assertThat(findings()).containsExactly(
                "apps/payments/certificate.yaml:8:3 Certificate card-vault-tls: unknown field \"commonName\" in spec",
                "apps/payments/certificate.yaml:9:3 Certificate card-vault-tls: unknown field \"dnsName\" "
                        + "(did you mean \"dnsNames\"?) in spec");
        JsonNode first = report().path("findings").get(0).path("properties");
        assertThat(first.path("schema").asString())
                .isEqualTo("CustomResourceDefinition certificates.cert-manager.io (platform/crds/cert-manager.yaml:2)");
        assertThat(first.path("path").asString()).isEqualTo("/spec/commonName");
    }

    @Test
    void schemaDirWithGroupFolderOrWithout() throws IOException {
        Path schemas = Files.createDirectories(dir.resolve("schemas/cert-manager.io"));
        Files.writeString(schemas.resolve("certificate_v1.json"), JSON_SCHEMA);
        List<String> expected = List.of("apps/payments/certificate.yaml:9:3 Certificate card-vault-tls: unknown field "
                + "\"dnsName\" in spec");
        assertThat(findings("--schema-dir", dir.resolve("schemas").toString())).isEqualTo(expected);

        Path flat = Files.createDirectories(dir.resolve("flat"));
        Files.writeString(flat.resolve("certificate_v1.yaml"), "type: object\nproperties:\n  spec:\n    type: object\n"
                + "    properties:\n      secretName: {type: string}\n      commonName: {type: string}\n");
        assertThat(findings("--schema-dir", flat.toString())).isEqualTo(expected);

        // another group's folder does not describe cert-manager.io
        Path other = Files.createDirectories(dir.resolve("other/example.com"));
        Files.writeString(other.resolve("certificate_v1.json"), JSON_SCHEMA);
        assertThat(findings("--schema-dir", dir.resolve("other").toString())).isEmpty();
    }

    @Test
    void crdInTheTreeWinsOverSchemaDir() throws IOException {
        Files.writeString(repo.resolve("crd.yaml"), CRD);
        Path schemas = Files.createDirectories(dir.resolve("schemas"));
        Files.writeString(schemas.resolve("certificate_v1.json"), JSON_SCHEMA);
        assertThat(findings("--schema-dir", schemas.toString())).hasSize(2); // commonName is unknown to the CRD
    }

    @Test
    void configurationNamesTheFolderRelativeToItself() throws IOException {
        Path schemas = Files.createDirectories(repo.resolve("ci/schemas"));
        Files.writeString(schemas.resolve("certificate_v1.json"), JSON_SCHEMA);
        Files.writeString(repo.resolve(".opsmith.yaml"), "kubernetes:\n  schema-dir: ci/schemas\n");
        assertThat(findings()).hasSize(1);
    }

    @Test
    void brokenSchemaIsANoticeAndAMissingFolderAUsageError() throws IOException {
        Path schemas = Files.createDirectories(dir.resolve("schemas"));
        Files.writeString(schemas.resolve("certificate_v1.json"), "{\"type\": \"object\", ");
        JsonNode report = report("--schema-dir", schemas.toString());
        assertThat(findingsOf(report)).isEmpty();
        assertThat(report.path("notices").get(0).path("message").asString())
                .startsWith("schema not readable (").endsWith("Certificate cert-manager.io/v1 objects are not validated against it");

        CliTest.Run missing = CliTest.run("scan", repo.toString(), "--schema-dir", dir.resolve("nope").toString());
        assertThat(missing.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(missing.err()).contains("--schema-dir: ").contains("is not a folder");
    }
}
