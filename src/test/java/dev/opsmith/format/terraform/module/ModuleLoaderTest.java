package dev.opsmith.format.terraform.module;

import dev.opsmith.core.SourceFile;
import dev.opsmith.format.terraform.hcl.ConfigFile;
import dev.opsmith.format.terraform.hcl.Expression;
import dev.opsmith.format.terraform.hcl.HclParseException;
import dev.opsmith.format.terraform.hcl.TerraformFiles;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Override files merged as Terraform merges them; duplicates and orphan overrides are problems with positions. */
class ModuleLoaderTest {

    private static TerraformModule load(String... nameAndText) throws HclParseException {
        List<ConfigFile> files = new ArrayList<>();
        for (int i = 0; i < nameAndText.length; i += 2) {
            files.add(TerraformFiles.parse(SourceFile.of("envs/prod/" + nameAndText[i], nameAndText[i + 1])));
        }
        return ModuleLoader.load("envs/prod", files);
    }

    private static String literal(Located<dev.opsmith.format.terraform.hcl.Attribute> a) {
        return a.node().value() instanceof Expression.Template t ? t.literalValue().orElse("?") : a.node().value().toString();
    }

    @Test
    void anOverrideAttributeReplacesTheOriginalAndKeepsItsFile() throws HclParseException {
        TerraformModule m = load(
                "main.tf", """
                        resource "aws_s3_bucket" "audit" {
                          bucket        = "northwind-audit"
                          force_destroy = true
                          tags = { team = "payments" }
                        }
                        """,
                "audit_override.tf", """
                        resource "aws_s3_bucket" "audit" {
                          force_destroy = false
                        }
                        """);
        ModuleBlock bucket = m.block("aws_s3_bucket.audit").orElseThrow();
        assertThat(bucket.attribute("force_destroy").orElseThrow().file().relativePath()).isEqualTo("envs/prod/audit_override.tf");
        assertThat(bucket.attribute("bucket").orElseThrow().file().relativePath()).isEqualTo("envs/prod/main.tf");
        assertThat(bucket.attributes().keySet()).containsExactly("bucket", "force_destroy", "tags");
        assertThat(bucket.header().line()).isEqualTo(1);
        assertThat(m.problems()).isEmpty();
    }

    @Test
    void nestedBlocksOfATypeAreReplacedWholeButLifecycleIsMergedByArgument() throws HclParseException {
        TerraformModule m = load(
                "sg.tf", """
                        resource "aws_security_group" "db" {
                          ingress {
                            from_port   = 5432
                            to_port     = 5432
                            cidr_blocks = ["10.0.0.0/8"]
                          }
                          ingress {
                            from_port   = 22
                            to_port     = 22
                            cidr_blocks = ["0.0.0.0/0"]
                          }
                          lifecycle {
                            prevent_destroy = true
                          }
                        }
                        """,
                "override.tf", """
                        resource "aws_security_group" "db" {
                          ingress {
                            from_port   = 5432
                            to_port     = 5432
                            cidr_blocks = ["10.20.0.0/16"]
                          }
                          lifecycle {
                            create_before_destroy = true
                          }
                        }
                        """);
        ModuleBlock sg = m.block("aws_security_group.db").orElseThrow();
        assertThat(sg.blocks("ingress")).singleElement().satisfies(b ->
                assertThat(b.file().relativePath()).isEqualTo("envs/prod/override.tf"));
        assertThat(sg.blocks("lifecycle")).extracting(b -> b.file().relativePath())
                .containsExactly("envs/prod/sg.tf", "envs/prod/override.tf");
    }

    @Test
    void localsAreOverriddenOneByOneAndABackendReplacesCloud() throws HclParseException {
        TerraformModule m = load(
                "locals.tf", "locals {\n  env = \"prod\"\n  region = \"eu-west-1\"\n}\n",
                "versions.tf", "terraform {\n  cloud {\n    organization = \"northwind\"\n  }\n  required_version = \">= 1.6\"\n}\n",
                "zz_override.tf", "locals {\n  region = \"eu-central-1\"\n}\nterraform {\n  backend \"s3\" {\n    bucket = \"tfstate\"\n  }\n}\n");
        assertThat(literal(m.locals().get("region"))).isEqualTo("eu-central-1");
        assertThat(literal(m.locals().get("env"))).isEqualTo("prod");
        ModuleBlock terraform = m.blocks("terraform").get(0);
        assertThat(terraform.blocks()).extracting(b -> b.node().type()).containsExactly("backend");
        assertThat(terraform.attribute("required_version")).isPresent();
    }

    @Test
    void duplicatesAndOrphanOverridesAreProblemsAtTheirPosition() throws HclParseException {
        TerraformModule m = load(
                "a.tf", "variable \"region\" {}\n",
                "b.tf", "\nvariable \"region\" {\n  default = \"x\"\n}\n",
                "c_override.tf", "output \"arn\" {\n  value = 1\n}\n");
        assertThat(m.problems()).extracting(p -> p.where().file().relativePath() + ":" + p.where().node().line() + " " + p.message())
                .containsExactly("envs/prod/b.tf:2 duplicate variable \"region\": also declared at envs/prod/a.tf:1",
                        "envs/prod/c_override.tf:1 override of output \"arn\" has no original block in the module");
    }

    @Test
    void overrideFileNamesFollowTerraform() {
        assertThat(ModuleLoader.isOverride("override.tf")).isTrue();
        assertThat(ModuleLoader.isOverride("s3_override.tf.json")).isTrue();
        assertThat(ModuleLoader.isOverride("db_override.tofu")).isTrue();
        assertThat(ModuleLoader.isOverride("overrides.tf")).isFalse();
        assertThat(ModuleLoader.isOverride("main.tf")).isFalse();
    }

    @Test
    void rootsAreTheFoldersNoScannedModuleCalls() throws HclParseException {
        TerraformModule prod = ModuleLoader.load("envs/prod", List.of(TerraformFiles.parse(SourceFile.of("envs/prod/main.tf", """
                module "audit_bucket" {
                  source = "../../modules/s3"
                }
                module "vpc" {
                  source  = "terraform-aws-modules/vpc/aws"
                  version = "5.8.1"
                }
                """))));
        TerraformModule s3 = ModuleLoader.load("modules/s3", List.of(TerraformFiles.parse(SourceFile.of("modules/s3/main.tf",
                "resource \"aws_s3_bucket\" \"this\" {}\n"))));
        TerraformModule unused = ModuleLoader.load("modules/unused", List.of(TerraformFiles.parse(SourceFile.of("modules/unused/main.tf",
                "variable \"x\" {}\n"))));
        ModuleGraph g = ModuleGraph.of(List.of(prod, s3, unused));
        assertThat(g.roots()).containsExactly("envs/prod", "modules/unused");
        assertThat(g.calls("envs/prod")).extracting(c -> c.localDir().orElse("remote:" + c.source()))
                .containsExactly("modules/s3", "remote:terraform-aws-modules/vpc/aws");
        assertThat(g.calls("envs/prod").get(1).remote()).isTrue();
    }
}
