package dev.opsmith.scan;

import dev.opsmith.core.Finding;
import dev.opsmith.core.ScanResult;
import dev.opsmith.core.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Terraform files are claimed by name and parsed by our HCL parser; a syntax error is PARSE and the scan goes on. */
class TerraformScanTest {
    @TempDir
    Path dir;

    @Test
    void syntaxErrorsArePositionedParseFindingsAndOtherFilesAreStillScanned() throws IOException {
        Files.writeString(dir.resolve("main.tf"), """
                resource "aws_s3_bucket" "audit" {
                  bucket = "northwind-audit-logs"
                  tags = {
                    team = "payments"
                }
                """);
        Files.writeString(dir.resolve("variables.tf"), "variable \"region\" {\n  default = \"eu-west-1\"\n}\n");
        Files.writeString(dir.resolve("prod.tfvars"), "region = \"eu-central-1\"\n");
        Files.writeString(dir.resolve("override.tf.json"), "{\"locals\": {\"env\": \"prod\"}\n");
        ScanResult r = TestScans.scan(TestScans.options(dir, List.of(dir), Set.of()));
        assertThat(r.files()).isEqualTo(4);
        assertThat(r.findings()).extracting(Finding::file).containsExactly("main.tf", "override.tf.json");
        assertThat(r.findings()).allSatisfy(f -> {
            assertThat(f.ruleId()).isEqualTo("PARSE");
            assertThat(f.severity()).isEqualTo(Severity.HIGH);
        });
        assertThat(r.findings().get(0).span().line()).isEqualTo(6);
        assertThat(r.findings().get(0).message()).contains("expected '}'");
    }
}
