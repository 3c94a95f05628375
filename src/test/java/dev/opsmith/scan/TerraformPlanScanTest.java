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

/**
 * A plan JSON ({@code terraform show -json}) is recognised by its content, joined by address to the configuration
 * it was made from, and judged by the same rules: findings point at the configuration's lines with the plan in
 * their contexts.
 */
class TerraformPlanScanTest {
    @TempDir
    Path dir;

    private static final String CONFIG = """
            variable "encrypted" {
              type = bool
            }
            module "reporting" {
              source    = "../../modules/database"
              encrypted = var.encrypted
            }
            resource "aws_db_instance" "ledger" {
              engine            = "postgres"
              storage_encrypted = var.encrypted
            }
            """;

    private static final String MODULE = """
            variable "encrypted" {
              type = bool
            }
            resource "aws_db_instance" "this" {
              engine            = "postgres"
              storage_encrypted = var.encrypted
            }
            """;

    /** What terraform show -json writes for the configuration above with encrypted = false (trimmed). */
    private static final String PLAN = """
            {
              "format_version": "1.2",
              "terraform_version": "1.11.4",
              "variables": { "encrypted": { "value": false } },
              "planned_values": { "root_module": {} },
              "resource_changes": [
                {
                  "address": "aws_db_instance.ledger",
                  "mode": "managed", "type": "aws_db_instance", "name": "ledger",
                  "provider_name": "registry.terraform.io/hashicorp/aws",
                  "change": {
                    "actions": ["create"], "before": null,
                    "after": { "engine": "postgres", "storage_encrypted": false, "password": "Ledger-2026!" },
                    "after_unknown": { "arn": true, "id": true },
                    "before_sensitive": false,
                    "after_sensitive": { "password": true }
                  }
                },
                {
                  "address": "module.reporting.aws_db_instance.this",
                  "module_address": "module.reporting",
                  "mode": "managed", "type": "aws_db_instance", "name": "this",
                  "provider_name": "registry.terraform.io/hashicorp/aws",
                  "change": {
                    "actions": ["create"], "before": null,
                    "after": { "engine": "postgres", "storage_encrypted": false },
                    "after_unknown": { "arn": true, "id": true },
                    "before_sensitive": false, "after_sensitive": {}
                  }
                }
              ]
            }
            """;

    private void layout() throws IOException {
        Files.createDirectories(dir.resolve("envs/prod"));
        Files.createDirectories(dir.resolve("modules/database"));
        Files.writeString(dir.resolve("envs/prod/main.tf"), CONFIG);
        Files.writeString(dir.resolve("modules/database/main.tf"), MODULE);
    }

    @Test
    void withoutThePlanTheUnknownVariableDecidesNothing() throws IOException {
        layout();
        assertThat(TestScans.scan(TestScans.options(dir, List.of(dir), Set.of("AWS170"))).findings()).isEmpty();
    }

    @Test
    void thePlansValuesAreJudgedAtTheConfigurationsLines() throws IOException {
        layout();
        Files.writeString(dir.resolve("envs/prod/plan.json"), PLAN);
        ScanResult r = TestScans.scan(TestScans.options(dir, List.of(dir), Set.of("AWS170")));
        assertThat(r.findings()).extracting(f -> f.file() + ":" + f.span().line() + " " + f.contexts()).containsExactly(
                "envs/prod/main.tf:10 [plan envs/prod/plan.json]",
                "modules/database/main.tf:6 [plan envs/prod/plan.json: module.reporting]");
        assertThat(r.files()).isEqualTo(3);
        assertThat(r.notices()).isEmpty();
    }

    @Test
    void aPlanWhoseConfigurationIsNotInTheScanIsJudgedOnItsOwnAndKeepsItsSecrets() throws IOException {
        Files.createDirectories(dir.resolve("plans"));
        Files.writeString(dir.resolve("plans/prod.json"), PLAN);
        ScanResult r = TestScans.scan(TestScans.options(dir, List.of(dir), Set.of("AWS170")));
        // storage_encrypted = false is written on line 13 and line 26 of the plan
        assertThat(r.findings()).extracting(f -> f.file() + ":" + f.span().line() + " " + f.contexts()).containsExactly(
                "plans/prod.json:13 []", "plans/prod.json:26 [module.reporting]");
        assertThat(r.findings()).allSatisfy(f -> assertThat(f.message()).contains("aws_db_instance."));
        // the password is written on the line of the first finding: its excerpt must mask it
        assertThat(r.findings().get(0).secrets()).contains("Ledger-2026!");
        assertThat(r.findings().get(0).fingerprint()).isNotEqualTo(r.findings().get(1).fingerprint());
        assertThat(r.notices()).isEmpty();
        java.io.StringWriter text = new java.io.StringWriter();
        new dev.opsmith.report.TextReporter(false, false).write(r, text);
        assertThat(text.toString()).contains("plans/prod.json:13").doesNotContain("Ledger-2026!");
        // a planned password does not say whether it was written in the code or came from a variable
        assertThat(TestScans.scan(TestScans.options(dir, List.of(dir), Set.of("AWS188"))).findings()).isEmpty();
    }

    @Test
    void otherJsonIsNotMistakenForAPlanAndABrokenPlanIsAPositionedParseFinding() throws IOException {
        layout();
        Files.writeString(dir.resolve("envs/prod/package.json"), "{\"name\": \"payments-ui\", \"version\": \"1.0.0\"}\n");
        Files.writeString(dir.resolve("envs/prod/plan.json"), PLAN.substring(0, PLAN.indexOf("\"after_sensitive\": { \"password\"")));
        ScanResult r = TestScans.scan(TestScans.options(dir, List.of(dir), Set.of("PARSE", "AWS170")));
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("PARSE");
            assertThat(f.file()).isEqualTo("envs/prod/plan.json");
            assertThat(f.severity()).isEqualTo(Severity.HIGH);
            assertThat(f.span().line()).isGreaterThan(1);
        });
    }

    @Test
    void plansHaveTheirOwnSizeLimit() throws IOException {
        layout();
        Files.writeString(dir.resolve("envs/prod/plan.json"), PLAN);
        ScanOptions o = TestScans.options(dir, List.of(dir), Set.of("PARSE", "AWS170"));
        ScanOptions small = new ScanOptions(o.root(), o.paths(), o.repositoryRoot(), o.only(), o.skip(), o.enable(),
                o.severityOverrides(), o.ruleSettings(), o.excludes(), o.failOn(), o.threshold(), o.sizeLimits(),
                o.analyzers(), o.hadolintPragmas(), o.peerIgnores(), o.peerIgnoreSource(), o.threads(), o.files(),
                o.schemaDir(), o.render(), o.terraformVariables(), 100);
        assertThat(TestScans.scan(small).findings()).extracting(Finding::ruleId, f -> f.severity())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("PARSE", Severity.MEDIUM));
        assertThat(o.planSizeLimit()).isEqualTo(200L * 1024 * 1024);
    }
}
