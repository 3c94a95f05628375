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

/** Terraform variable files and values from the command line and the configuration reach root modules. */
class TerraformCliTest {
    @TempDir
    Path dir;

    @BeforeEach
    void layout() throws IOException {
        Files.createDirectories(dir.resolve("envs/prod"));
        Files.writeString(dir.resolve("envs/prod/main.tf"), """
                variable "encrypted" {
                  type = bool
                }
                resource "aws_db_instance" "ledger" {
                  engine            = "postgres"
                  storage_encrypted = var.encrypted
                }
                """);
        Files.writeString(dir.resolve("envs/prod/prod.tfvars"), "encrypted = false\n");
        Files.writeString(dir.resolve("envs/prod/safe.tfvars"), "encrypted = true\n");
    }

    private List<String> findings(String... args) {
        List<String> all = new ArrayList<>(List.of("scan", dir.toString(), "--format", "json", "--rule", "AWS170"));
        all.addAll(List.of(args));
        CliTest.Run r = CliTest.run(all.toArray(String[]::new));
        assertThat(r.err()).isEmpty();
        List<String> out = new ArrayList<>();
        for (JsonNode f : CliTest.json(r.out()).path("findings")) {
            out.add(f.path("ruleId").asString() + "@" + f.path("file").asString() + ":" + f.path("line").asInt());
        }
        return out;
    }

    @Test
    void variableFilesAndValuesDecideWhatWasUnknown() {
        assertThat(findings()).as("no value: nothing guessed").isEmpty();
        assertThat(findings("--tf-vars", dir.resolve("envs/prod/prod.tfvars").toString()))
                .containsExactly("AWS170@envs/prod/main.tf:6");
        assertThat(findings("--tf-vars", dir.resolve("envs/prod/prod.tfvars").toString(), "--tf-var", "encrypted=true"))
                .as("-var is read last").isEmpty();
    }

    @Test
    void theConfigurationMapsRootsToTheirVariableFiles() throws IOException {
        Files.writeString(dir.resolve(".opsmith.yaml"), """
                terraform:
                  var-files:
                    envs/prod: [prod.tfvars]
                """);
        assertThat(findings("--config", dir.resolve(".opsmith.yaml").toString()))
                .containsExactly("AWS170@envs/prod/main.tf:6");
        assertThat(findings("--config", dir.resolve(".opsmith.yaml").toString(), "--tf-vars",
                dir.resolve("envs/prod/safe.tfvars").toString())).as("--tf-vars after the mapped file").isEmpty();
    }

    @Test
    void badVariableInputsAreUsageErrorsWithTheirPlace() throws IOException {
        CliTest.Run missing = CliTest.run("scan", dir.toString(), "--tf-vars", dir.resolve("nope.tfvars").toString());
        assertThat(missing.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(missing.err()).contains("nope.tfvars").contains("no such file").doesNotContain("Exception");

        Files.writeString(dir.resolve("broken.tfvars"), "encrypted = [\n");
        CliTest.Run broken = CliTest.run("scan", dir.toString(), "--tf-vars", dir.resolve("broken.tfvars").toString());
        assertThat(broken.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(broken.err()).contains("broken.tfvars:").doesNotContain("Exception");

        CliTest.Run noEquals = CliTest.run("scan", dir.toString(), "--tf-var", "encrypted");
        assertThat(noEquals.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(noEquals.err()).contains("NAME=VALUE");

        Files.writeString(dir.resolve(".opsmith.yaml"), "terraform:\n  var-files:\n    envs/staging: [staging.tfvars]\n");
        CliTest.Run noFolder = CliTest.run("scan", dir.toString(), "--config", dir.resolve(".opsmith.yaml").toString());
        assertThat(noFolder.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(noFolder.err()).contains(".opsmith.yaml:3:").contains("envs/staging");
    }
}
