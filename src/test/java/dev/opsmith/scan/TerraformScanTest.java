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
        ScanResult r = TestScans.scan(TestScans.options(dir, List.of(dir), Set.of("PARSE")));
        assertThat(r.files()).isEqualTo(4);
        assertThat(r.findings()).extracting(Finding::file).containsExactly("main.tf", "override.tf.json");
        assertThat(r.findings()).allSatisfy(f -> {
            assertThat(f.ruleId()).isEqualTo("PARSE");
            assertThat(f.severity()).isEqualTo(Severity.HIGH);
        });
        assertThat(r.findings().get(0).span().line()).isEqualTo(6);
        assertThat(r.findings().get(0).message()).contains("expected '}'");
    }

    private static final String DB = """
            variable "encrypted" {
              type = bool
            }

            resource "aws_db_instance" "ledger" {
              engine            = "postgres"
              instance_class    = "db.r6g.large"
              storage_encrypted = var.encrypted
            }
            """;

    @Test
    void aValueFromTfvarsIsJudgedAndAnUnknownOneIsNotGuessed() throws IOException {
        Files.writeString(dir.resolve("main.tf"), DB);
        ScanResult unknown = TestScans.scan(TestScans.options(dir, List.of(dir), Set.of("AWS170")));
        assertThat(unknown.findings()).as("var.encrypted has no value: nothing is decided").isEmpty();

        ScanOptions o = TestScans.options(dir, List.of(dir), Set.of("AWS170"));
        ScanOptions showUnknown = new ScanOptions(o.root(), o.paths(), o.repositoryRoot(), o.only(), o.skip(), o.enable(),
                o.severityOverrides(), java.util.Map.of(ScanOptions.ALL_RULES,
                java.util.Map.of(dev.opsmith.rules.RuleContext.SHOW_UNKNOWN, List.of("true"))), o.excludes(), o.failOn(),
                o.threshold(), o.sizeLimits(), o.analyzers(), o.hadolintPragmas(), o.peerIgnores(), o.peerIgnoreSource(),
                o.threads(), o.files());
        assertThat(TestScans.scan(showUnknown).findings()).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.span().line()).isEqualTo(8);
            assertThat(f.message()).contains("could not be decided").contains("var.encrypted");
        });

        Files.writeString(dir.resolve("terraform.tfvars"), "encrypted = false\n");
        ScanResult decided = TestScans.scan(TestScans.options(dir, List.of(dir), Set.of("AWS170")));
        assertThat(decided.findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("AWS170");
            assertThat(f.file()).isEqualTo("main.tf");
            assertThat(f.span().line()).isEqualTo(8);
        });
    }

    @Test
    void rootModuleSettingsAreJudgedOnlyInRootModules() throws IOException {
        Files.createDirectories(dir.resolve("envs/prod"));
        Files.createDirectories(dir.resolve("modules/db"));
        Files.writeString(dir.resolve("envs/prod/main.tf"), "module \"db\" {\n  source = \"../../modules/db\"\n}\n");
        Files.writeString(dir.resolve("modules/db/main.tf"), "variable \"name\" {\n  type = string\n}\n");
        ScanResult r = TestScans.scan(TestScans.options(dir, List.of(dir), Set.of("TF001")));
        assertThat(r.findings()).extracting(Finding::file).containsExactly("envs/prod/main.tf");
    }
}
