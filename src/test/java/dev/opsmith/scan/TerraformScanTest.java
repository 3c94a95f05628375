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

    @Test
    void peerSuppressionCommentsWaiveOurEquivalentRules() throws IOException {
        Files.writeString(dir.resolve("main.tf"), """
                resource "aws_db_instance" "checkov" {
                  #checkov:skip=CKV_AWS_16:reporting replica, holds no card data
                  storage_encrypted = false
                }

                #trivy:ignore:AVD-AWS-0080
                resource "aws_db_instance" "trivy" {
                  storage_encrypted = false
                }

                resource "aws_db_instance" "tfsec" {
                  storage_encrypted = false # tfsec:ignore:aws-rds-encrypt-instance-storage-data
                }

                # trivy:ignore:AVD-AWS-0080:exp:2020-01-01
                resource "aws_db_instance" "expired" {
                  storage_encrypted = false
                }

                #trivy:ignore:AVD-AWS-0080[ws:staging]
                resource "aws_db_instance" "other_workspace" {
                  storage_encrypted = false
                }

                #checkov:skip=CKV_AWS_999:not one of ours
                resource "aws_db_instance" "unrelated" {
                  storage_encrypted = false
                }
                """);
        ScanResult r = TestScans.scan(TestScans.options(dir, List.of(dir), Set.of("AWS170")));
        assertThat(r.findings()).filteredOn(Finding::suppressed).extracting(f -> f.span().line())
                .containsExactly(3, 8, 12);
        assertThat(r.findings()).filteredOn(f -> f.span().line() == 3).singleElement()
                .satisfies(f -> assertThat(f.justification()).contains("reporting replica"));
        assertThat(r.findings()).filteredOn(f -> !f.suppressed()).extracting(f -> f.span().line())
                .containsExactly(17, 22, 27);
        assertThat(r.notices()).isEmpty();
    }

    private void writeModuleLayout() throws IOException {
        Files.createDirectories(dir.resolve("modules/database"));
        Files.createDirectories(dir.resolve("envs/prod"));
        Files.createDirectories(dir.resolve("envs/dev"));
        Files.writeString(dir.resolve("modules/database/main.tf"), """
                variable "encrypted" {
                  type = bool
                }
                variable "name" {
                  type = string
                }
                resource "aws_db_instance" "this" {
                  identifier        = var.name
                  engine            = "postgres"
                  storage_encrypted = var.encrypted
                }
                output "identifier" {
                  value = aws_db_instance.this.identifier
                }
                """);
        Files.writeString(dir.resolve("envs/prod/main.tf"), """
                variable "encrypt_ledger" {
                  type = bool
                }
                module "ledger" {
                  source    = "../../modules/database"
                  name      = "ledger-prod"
                  encrypted = var.encrypt_ledger
                }
                module "reporting" {
                  source    = "../../modules/database"
                  name      = module.ledger.identifier
                  encrypted = false
                }
                """);
        Files.writeString(dir.resolve("envs/dev/main.tf"), """
                module "ledger" {
                  source    = "../../modules/database"
                  name      = "ledger-dev"
                  encrypted = false
                }
                """);
    }

    @Test
    void childModulesAreEvaluatedThroughEachCallWithTheCallersInputs() throws IOException {
        writeModuleLayout();
        ScanResult r = TestScans.scan(TestScans.options(dir, List.of(dir), Set.of("AWS170")));
        // prod's ledger input is unknown (no tfvars): only reporting (prod) and ledger (dev) are decided
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.file()).isEqualTo("modules/database/main.tf");
            assertThat(f.span().line()).isEqualTo(10);
            assertThat(f.contexts()).containsExactly("envs/dev: module.ledger", "envs/prod: module.reporting");
            assertThat(f.relatedLocations()).extracting(l -> l.file() + ":" + l.span().line())
                    .containsExactly("envs/dev/main.tf:1", "envs/prod/main.tf:9");
        });
    }

    @Test
    void tfvarsFilesAndValuesGivenToTheScanReachChildModules() throws Exception {
        writeModuleLayout();
        Files.writeString(dir.resolve("prod.tfvars"), "encrypt_ledger = false\n");
        var prodVars = dev.opsmith.format.terraform.hcl.TerraformFiles.parse(
                dev.opsmith.core.SourceFile.of("prod.tfvars", "encrypt_ledger = false\n"));
        ScanOptions o = TestScans.options(dir, List.of(dir), Set.of("AWS170"));
        ScanResult fromFile = TestScans.scan(TestScans.withTerraformVariables(o,
                new dev.opsmith.format.terraform.eval.VariableSources(
                        java.util.Map.of("envs/prod", List.of(prodVars)), List.of(), List.of())));
        assertThat(fromFile.findings()).singleElement().satisfies(f -> assertThat(f.contexts())
                .containsExactly("envs/dev: module.ledger", "envs/prod: module.ledger", "envs/prod: module.reporting"));

        // a -var given last wins over the file
        ScanResult overridden = TestScans.scan(TestScans.withTerraformVariables(o,
                new dev.opsmith.format.terraform.eval.VariableSources(
                        java.util.Map.of("envs/prod", List.of(prodVars)), List.of(), List.of("encrypt_ledger=true"))));
        assertThat(overridden.findings()).singleElement().satisfies(f -> assertThat(f.contexts())
                .containsExactly("envs/dev: module.ledger", "envs/prod: module.reporting"));
    }

    @Test
    void aModuleInstalledByTerraformInitIsEnteredButNeverFetched() throws IOException {
        Files.createDirectories(dir.resolve("envs/prod/.terraform/modules/db"));
        Files.writeString(dir.resolve("envs/prod/main.tf"), """
                module "db" {
                  source  = "terraform-aws-modules/rds/aws"
                  version = "6.10.0"
                  name    = "ledger"
                }
                resource "aws_db_instance" "replica" {
                  identifier        = module.db.name
                  storage_encrypted = module.db.encrypted
                }
                """);
        Files.writeString(dir.resolve("envs/prod/.terraform/modules/modules.json"), """
                {"Modules":[{"Key":"","Source":"","Dir":"."},
                 {"Key":"db","Source":"registry.terraform.io/terraform-aws-modules/rds/aws","Version":"6.10.0",
                  "Dir":".terraform/modules/db"}]}
                """);
        Files.writeString(dir.resolve("envs/prod/.terraform/modules/db/main.tf"), """
                variable "name" {
                  type = string
                }
                output "name" {
                  value = "${var.name}-replica"
                }
                output "encrypted" {
                  value = false
                }
                """);
        ScanResult r = TestScans.scan(TestScans.options(dir, List.of(dir), Set.of("AWS170")));
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.file()).isEqualTo("envs/prod/main.tf");
            assertThat(f.span().line()).isEqualTo(8);
        });
        Files.delete(dir.resolve("envs/prod/.terraform/modules/modules.json"));
        assertThat(TestScans.scan(TestScans.options(dir, List.of(dir), Set.of("AWS170"))).findings())
                .as("without terraform init the output is unknown: nothing is guessed").isEmpty();
    }
}
