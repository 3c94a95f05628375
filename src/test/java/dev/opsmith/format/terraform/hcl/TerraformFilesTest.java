package dev.opsmith.format.terraform.hcl;

import dev.opsmith.core.SourceFile;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TerraformFilesTest {

    @Test
    void kindsByName() {
        assertThat(TerraformFiles.kind("main.tf")).contains(TerraformFiles.Kind.CONFIGURATION);
        assertThat(TerraformFiles.kind("envs/prod/main.tofu")).contains(TerraformFiles.Kind.CONFIGURATION);
        assertThat(TerraformFiles.kind("cdk.tf.json")).contains(TerraformFiles.Kind.CONFIGURATION);
        assertThat(TerraformFiles.kind("x_override.tf")).contains(TerraformFiles.Kind.CONFIGURATION);
        assertThat(TerraformFiles.kind("terraform.tfvars")).contains(TerraformFiles.Kind.VARIABLES);
        assertThat(TerraformFiles.kind("prod.auto.tfvars")).contains(TerraformFiles.Kind.VARIABLES);
        assertThat(TerraformFiles.kind("terraform.tfvars.json")).contains(TerraformFiles.Kind.VARIABLES);
        assertThat(TerraformFiles.kind("package.json")).isEmpty();
        assertThat(TerraformFiles.kind("main.tf.bak")).isEmpty();
    }

    @Test
    void jsonVariablesKeepObjectValuesAsAttributes() throws Exception {
        String json = "{\"resource\": {\"a\": 1}}";
        ConfigFile vars = TerraformFiles.parse(SourceFile.of("terraform.tfvars.json", json));
        assertThat(vars.body().attributes()).extracting(Attribute::name).containsExactly("resource");
        ConfigFile config = TerraformFiles.parse(SourceFile.of("main.tf.json",
                "{\"resource\": {\"aws_s3_bucket\": {\"b\": {}}}}"));
        assertThat(config.body().blocks("resource")).hasSize(1);
        ConfigFile nativeFile = TerraformFiles.parse(SourceFile.of("prod.auto.tfvars", "region = \"eu-west-1\"\n"));
        assertThat(nativeFile.body().attributes()).hasSize(1);
    }
}
