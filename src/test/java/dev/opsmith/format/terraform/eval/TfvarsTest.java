package dev.opsmith.format.terraform.eval;

import dev.opsmith.core.SourceFile;
import dev.opsmith.format.terraform.hcl.HclParseException;
import dev.opsmith.format.terraform.hcl.TerraformFiles;
import dev.opsmith.format.terraform.value.Value;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Variable definition files: constants only, Terraform's loading order, later sources win. */
class TfvarsTest {

    private static Map<String, Value> read(String name, String text) throws HclParseException {
        return Tfvars.read(TerraformFiles.parse(SourceFile.of("envs/prod/" + name, text)));
    }

    @Test
    void valuesOfEveryTypeWithTheirOrigin() throws HclParseException {
        Map<String, Value> values = read("prod.tfvars", """
                region        = "eu-west-1"
                instance_count = 3
                public        = false
                azs           = ["a", "b"]
                tags          = { team = "payments", "cost-center" = "cc-1" }
                """);
        assertThat(values.keySet()).containsExactly("region", "instance_count", "public", "azs", "tags");
        assertThat(values.get("instance_count")).isEqualTo(Value.of(3));
        assertThat(values.get("tags").get("cost-center")).isEqualTo(Value.of("cc-1"));
        assertThat(values.get("azs").origin().orElseThrow().toString()).isEqualTo("envs/prod/prod.tfvars:4:17");
    }

    @Test
    void jsonVariableFilesAreReadToo() throws HclParseException {
        Map<String, Value> values = read("terraform.tfvars.json", """
                {"region": "eu-west-1", "sizes": {"api": 2}}
                """);
        assertThat(values.get("region")).isEqualTo(Value.of("eu-west-1"));
        assertThat(values.get("sizes").get("api")).isEqualTo(Value.of(2));
    }

    @Test
    void referencesAreNotAllowed() throws HclParseException {
        Value v = read("bad.tfvars", "bucket = \"${var.env}-logs\"\n").get("bucket");
        assertThat(v.isError()).isTrue();
        assertThat(v.toString()).contains("Variables not allowed");
        assertThat(v.origin().orElseThrow().span().line()).isEqualTo(1);
    }

    @Test
    void automaticFilesComeInTerraformsOrder() {
        assertThat(Tfvars.automaticFiles(List.of("main.tf", "z.auto.tfvars", "terraform.tfvars.json", "prod.tfvars",
                "a.auto.tfvars.json", "terraform.tfvars", "b.auto.tfvars")))
                .containsExactly("terraform.tfvars", "terraform.tfvars.json", "a.auto.tfvars.json", "b.auto.tfvars",
                        "z.auto.tfvars");
    }

    @Test
    void laterSourcesReplaceEarlierValues() {
        Map<String, Value> merged = Tfvars.merge(List.of(
                Map.of("env", Value.of("dev"), "region", Value.of("eu-west-1")),
                Map.of("env", Value.of("prod")),
                Map.ofEntries(Tfvars.commandLine("region=eu-central-1").orElseThrow())));
        assertThat(merged).containsEntry("env", Value.of("prod")).containsEntry("region", Value.of("eu-central-1"));
    }

    @Test
    void automaticFilesThenVarFilesThenOptions() throws HclParseException {
        Map<String, Value> values = Tfvars.values(
                List.of(TerraformFiles.parse(SourceFile.of("envs/prod/terraform.tfvars", "env = \"dev\"\nsize = 1\nzone = \"a\"\n")),
                        TerraformFiles.parse(SourceFile.of("envs/prod/x.auto.tfvars", "size = 2\n"))),
                List.of(TerraformFiles.parse(SourceFile.of("prod.tfvars", "env = \"prod\"\nsize = 3\n"))),
                List.of("size=4"));
        assertThat(values).containsEntry("env", Value.of("prod")).containsEntry("size", Value.of("4"))
                .containsEntry("zone", Value.of("a"));
        assertThat(values.get("env").origin().orElseThrow().file()).isEqualTo("prod.tfvars");
    }

    @Test
    void aCommandLineValueNeedsANameAndAnEqualsSign() {
        assertThat(Tfvars.commandLine("=x")).isEmpty();
        assertThat(Tfvars.commandLine("novalue")).isEmpty();
        assertThat(Tfvars.commandLine("tags=a=b").orElseThrow().getValue()).isEqualTo(Value.of("a=b"));
    }
}
