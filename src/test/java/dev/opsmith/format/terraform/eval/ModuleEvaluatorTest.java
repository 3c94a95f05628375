package dev.opsmith.format.terraform.eval;

import dev.opsmith.core.SourceFile;
import dev.opsmith.format.terraform.hcl.ConfigFile;
import dev.opsmith.format.terraform.hcl.HclParseException;
import dev.opsmith.format.terraform.hcl.TerraformFiles;
import dev.opsmith.format.terraform.module.ModuleLoader;
import dev.opsmith.format.terraform.module.TerraformModule;
import dev.opsmith.format.terraform.value.Value;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** One module evaluated: inputs, locals, instances, references between resources, dynamic blocks, cycles. */
class ModuleEvaluatorTest {

    private static TerraformModule module(String... nameAndText) throws HclParseException {
        List<ConfigFile> files = new ArrayList<>();
        for (int i = 0; i < nameAndText.length; i += 2) {
            files.add(TerraformFiles.parse(SourceFile.of("envs/prod/" + nameAndText[i], nameAndText[i + 1])));
        }
        return ModuleLoader.load("envs/prod", files);
    }

    private static EvaluatedModule evaluate(Map<String, Value> given, String... nameAndText) throws HclParseException {
        return ModuleEvaluator.evaluate(module(nameAndText), ModuleInputs.root(given));
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = ModuleEvaluatorTest.class.getResourceAsStream("/dev/opsmith/format/terraform/eval/" + name)) {
            assertThat(in).as("test resource %s", name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Nested
    class AuditLogsFixture {
        private EvaluatedModule evaluated(Map<String, Value> extra) throws Exception {
            ConfigFile tfvars = TerraformFiles.parse(SourceFile.of("envs/prod/terraform.tfvars",
                    resource("audit-logs/terraform.tfvars")));
            Map<String, Value> given = Tfvars.merge(List.of(Tfvars.read(tfvars), extra));
            return ModuleEvaluator.evaluate(module("main.tf", resource("audit-logs/main.tf"),
                    "variables.tf", resource("audit-logs/variables.tf")), ModuleInputs.root(given));
        }

        @Test
        void attributesFromLocalsTfvarsAndDefaults() throws Exception {
            EvaluatedModule m = evaluated(Map.of());
            ResourceInstance bucket = m.instance("aws_s3_bucket.audit").orElseThrow();
            assertThat(bucket.value("bucket")).isEqualTo(Value.of("payments-prod-audit"));
            assertThat(bucket.value("tags").get("Environment")).isEqualTo(Value.of("prod"));
            assertThat(bucket.value("tags").get("Purpose")).isEqualTo(Value.of("audit"));
            // "2555" from tfvars is converted to the declared number type
            ResourceInstance lifecycle = m.instance("aws_s3_bucket_lifecycle_configuration.audit").orElseThrow();
            assertThat(lifecycle.blocks("rule").get(0).blocks("expiration").get(0).attribute("days").orElseThrow().value())
                    .isEqualTo(Value.of(2555));
            assertThat(m.variables().get("replication").get("region")).isEqualTo(Value.of("eu-central-1"));
            assertThat(m.variables().get("replication").get("storage_class").isNull()).isTrue();
            assertThat(m.problems()).isEmpty();
        }

        @Test
        void tfvarsValuesKeepWhereTheyWereWritten() throws Exception {
            Value environment = evaluated(Map.of()).variables().get("environment");
            assertThat(environment.origin().orElseThrow().file()).isEqualTo("envs/prod/terraform.tfvars");
            assertThat(environment.origin().orElseThrow().span().line()).isEqualTo(1);
        }

        @Test
        void aLaterSourceReplacesATfvarsValue() throws Exception {
            EvaluatedModule m = evaluated(Map.of("environment", Tfvars.commandLine("environment=staging").orElseThrow().getValue()));
            assertThat(m.instance("aws_s3_bucket.audit").orElseThrow().value("bucket")).isEqualTo(Value.of("payments-staging-audit"));
        }

        @Test
        void splitS3ResourcesReferToTheBucketTheyConfigure() throws Exception {
            EvaluatedModule m = evaluated(Map.of());
            Value bucketRef = m.instance("aws_s3_bucket_versioning.audit").orElseThrow().value("bucket");
            assertThat(bucketRef.unknownReasons()).containsExactly("aws_s3_bucket.audit.id is known only after apply");
            assertThat(m.instance("aws_s3_bucket_server_side_encryption_configuration.audit").orElseThrow().value("bucket"))
                    .isEqualTo(Value.of("payments-prod-audit"));
            assertThat(m.instance("aws_s3_bucket_versioning.audit").orElseThrow()
                    .attribute("bucket").orElseThrow().source().node().value().span().line()).isEqualTo(22);
        }

        @Test
        void anAttributeKnownOnlyAfterApplyNamesItsSource() throws Exception {
            Value key = evaluated(Map.of()).instance("aws_s3_bucket_server_side_encryption_configuration.audit").orElseThrow()
                    .blocks("rule").get(0).blocks("apply_server_side_encryption_by_default").get(0)
                    .attribute("kms_master_key_id").orElseThrow().value();
            assertThat(key.unknownReasons()).containsExactly("aws_kms_key.audit.arn is known only after apply");
        }

        @Test
        void nestedBlocksAreReadThroughReferencesAndWhatTheyDoNotWriteIsUnknown() throws Exception {
            EvaluatedModule m = evaluate(Map.of(), "main.tf", """
                    resource "aws_s3_bucket_versioning" "audit" {
                      bucket = "audit"
                      versioning_configuration {
                        status = "Enabled"
                      }
                    }
                    locals {
                      status     = aws_s3_bucket_versioning.audit.versioning_configuration[0].status
                      mfa_delete = aws_s3_bucket_versioning.audit.versioning_configuration[0].mfa_delete
                    }
                    """);
            assertThat(m.locals().get("status")).isEqualTo(Value.of("Enabled"));
            assertThat(m.locals().get("mfa_delete").unknownReasons()).containsExactly(
                    "aws_s3_bucket_versioning.audit.versioning_configuration[0].mfa_delete is known only after apply");
        }

        @Test
        void aVariableWithoutValueOrDefaultIsUnknownWithItsReason() throws Exception {
            Value bucket = evaluated(Map.of()).instance("aws_s3_bucket.exports").orElseThrow().value("bucket");
            assertThat(bucket.isUnknown()).isTrue();
            assertThat(bucket.unknownReasons()).containsExactly("var.bucket_name has no value");
        }

        @Test
        void sensitiveVariablesAndOutputsAreMarked() throws Exception {
            EvaluatedModule m = evaluated(Map.of());
            assertThat(m.variables().get("db_password").isSensitive()).isTrue();
            assertThat(m.outputs().get("password").isSensitive()).isTrue();
            assertThat(m.outputs().get("audit_bucket")).isEqualTo(Value.of("payments-prod-audit"));
        }
    }

    @Nested
    class Expansion {
        @Test
        void countMakesIndexedInstances() throws Exception {
            EvaluatedModule m = evaluate(Map.of(), "main.tf", """
                    variable "azs" { default = ["eu-west-1a", "eu-west-1b"] }
                    resource "aws_subnet" "private" {
                      count             = length(var.azs)
                      availability_zone = var.azs[count.index]
                      cidr_block        = cidrsubnet("10.0.0.0/16", 8, count.index)
                    }
                    output "subnets" { value = aws_subnet.private[*].cidr_block }
                    """);
            assertThat(m.instancesOf("aws_subnet.private")).extracting(ResourceInstance::address)
                    .containsExactly("aws_subnet.private[0]", "aws_subnet.private[1]");
            assertThat(m.instance("aws_subnet.private[1]").orElseThrow().value("availability_zone")).isEqualTo(Value.of("eu-west-1b"));
            assertThat(m.instance("aws_subnet.private[1]").orElseThrow().key()).isEqualTo(new InstanceKey.Index(1));
            assertThat(m.outputs().get("subnets")).isEqualTo(Value.list(List.of(Value.of("10.0.0.0/24"), Value.of("10.0.1.0/24"))));
        }

        @Test
        void forEachMakesKeyedInstancesFromAMapOrASetOfStrings() throws Exception {
            EvaluatedModule m = evaluate(Map.of(), "main.tf", """
                    locals {
                      queues = { orders = 30, payments = 60 }
                    }
                    resource "aws_sqs_queue" "q" {
                      for_each                   = local.queues
                      name                       = "payments-${each.key}"
                      visibility_timeout_seconds = each.value
                    }
                    resource "aws_cloudwatch_log_group" "lg" {
                      for_each = toset(["api", "worker", "api"])
                      name     = "/payments/${each.value}"
                    }
                    output "orders_url" { value = aws_sqs_queue.q["orders"].url }
                    """);
            ResourceInstance payments = m.instance("aws_sqs_queue.q[\"payments\"]").orElseThrow();
            assertThat(payments.value("visibility_timeout_seconds")).isEqualTo(Value.of(60));
            assertThat(payments.key()).isEqualTo(new InstanceKey.Key("payments"));
            assertThat(m.instancesOf("aws_cloudwatch_log_group.lg")).extracting(ResourceInstance::address)
                    .containsExactly("aws_cloudwatch_log_group.lg[\"api\"]", "aws_cloudwatch_log_group.lg[\"worker\"]");
            assertThat(m.outputs().get("orders_url").unknownReasons())
                    .containsExactly("aws_sqs_queue.q[\"orders\"].url is known only after apply");
        }

        @Test
        void anUnknownCollectionGivesOneUndecidedInstance() throws Exception {
            EvaluatedModule m = evaluate(Map.of(), "main.tf", """
                    variable "replicas" { type = number }
                    resource "aws_instance" "web" {
                      count         = var.replicas
                      instance_type = "t3.micro"
                      tags          = { Name = "web-${count.index}" }
                    }
                    output "first" { value = aws_instance.web[0].instance_type }
                    """);
            List<ResourceInstance> web = m.instancesOf("aws_instance.web");
            assertThat(web).hasSize(1);
            assertThat(web.get(0).key()).isInstanceOf(InstanceKey.Undecided.class);
            assertThat(web.get(0).address()).isEqualTo("aws_instance.web[*]");
            assertThat(((InstanceKey.Undecided) web.get(0).key()).reason()).contains("var.replicas has no value");
            assertThat(web.get(0).value("instance_type")).isEqualTo(Value.of("t3.micro"));
            assertThat(web.get(0).value("tags").get("Name").unknownReasons()).containsExactly("var.replicas has no value");
            assertThat(m.outputs().get("first").unknownReasons()).containsExactly("var.replicas has no value");
        }

        @Test
        void aBadCountIsAProblemAtTheArgument() throws Exception {
            EvaluatedModule m = evaluate(Map.of(), "main.tf", """
                    resource "aws_instance" "web" {
                      count = -1
                    }
                    """);
            assertThat(m.instancesOf("aws_instance.web")).isEmpty();
            assertThat(m.problems()).singleElement().satisfies(p -> {
                assertThat(p.message()).contains("count");
                assertThat(p.where().node().line()).isEqualTo(2);
            });
        }
    }

    @Nested
    class DynamicBlocks {
        private static final String SECURITY_GROUP = """
                variable "ingress_ports" {
                  type    = list(number)
                  default = [443, 8443]
                }
                resource "aws_security_group" "alb" {
                  name = "alb"
                  dynamic "ingress" {
                    for_each = var.ingress_ports
                    iterator = port
                    content {
                      from_port   = port.value
                      to_port     = port.value
                      cidr_blocks = ["0.0.0.0/0"]
                    }
                  }
                  egress {
                    from_port = 0
                    to_port   = 0
                  }
                }
                """;

        @Test
        void aKnownCollectionMakesOneBlockPerElement() throws Exception {
            ResourceInstance sg = evaluate(Map.of(), "sg.tf", SECURITY_GROUP).instance("aws_security_group.alb").orElseThrow();
            assertThat(sg.blocks("ingress")).extracting(b -> b.attribute("from_port").orElseThrow().value())
                    .containsExactly(Value.of(443), Value.of(8443));
            assertThat(sg.blocks("ingress").get(0).source().node().type()).isEqualTo("dynamic");
            assertThat(sg.blocks("egress")).hasSize(1);
            assertThat(sg.toValue().get("ingress").items()).hasSize(2);
        }

        @Test
        void anUnknownCollectionKeepsOneUndecidedBlock() throws Exception {
            ResourceInstance sg = evaluate(Map.of("ingress_ports", Value.unknown("var.ingress_ports has no value")),
                    "sg.tf", SECURITY_GROUP).instance("aws_security_group.alb").orElseThrow();
            EvaluatedBlock ingress = sg.blocks("ingress").get(0);
            assertThat(ingress.undecided()).isPresent();
            assertThat(ingress.attribute("cidr_blocks").orElseThrow().value()).isEqualTo(Value.list(List.of(Value.of("0.0.0.0/0"))));
            assertThat(ingress.attribute("from_port").orElseThrow().value().unknownReasons())
                    .containsExactly("var.ingress_ports has no value");
        }

        @Test
        void nestedDynamicBlocksUseTheDefaultIteratorName() throws Exception {
            ResourceInstance acl = evaluate(Map.of(), "waf.tf", """
                    locals {
                      rules = { block_bad = ["10.0.0.0/8"], allow_office = ["192.0.2.0/24", "198.51.100.0/24"] }
                    }
                    resource "aws_wafv2_ip_set" "sets" {
                      name = "sets"
                      dynamic "rule" {
                        for_each = local.rules
                        content {
                          name = rule.key
                          dynamic "address" {
                            for_each = rule.value
                            content { cidr = address.value }
                          }
                        }
                      }
                    }
                    """).instance("aws_wafv2_ip_set.sets").orElseThrow();
            assertThat(acl.blocks("rule")).extracting(b -> b.attribute("name").orElseThrow().value())
                    .containsExactly(Value.of("allow_office"), Value.of("block_bad"));
            assertThat(acl.blocks("rule").get(0).blocks("address")).hasSize(2);
        }
    }

    @Nested
    class TypesAndProblems {
        @Test
        void aValueOfTheWrongTypeIsAProblemAtTheVariable() throws Exception {
            EvaluatedModule m = evaluate(Map.of("ports", Value.of("all")), "main.tf", """
                    variable "ports" { type = list(number) }
                    resource "aws_security_group_rule" "a" { from_port = var.ports[0] }
                    resource "aws_security_group_rule" "b" { from_port = var.ports[1] }
                    """);
            assertThat(m.instance("aws_security_group_rule.b").orElseThrow().value("from_port").isError()).isTrue();
            assertThat(m.variables().get("ports").isError()).isTrue();
            assertThat(m.problems()).singleElement().satisfies(p -> {
                assertThat(p.message()).contains("\"ports\"").contains("list(number) required");
                assertThat(p.where().node().line()).isEqualTo(1);
            });
        }

        @Test
        void aValueThatFailsItsValidationIsAProblemWithTheAuthorsMessage() throws Exception {
            String declaration = """
                    variable "environment" {
                      type = string
                      validation {
                        condition     = contains(["dev", "staging", "prod"], var.environment)
                        error_message = "environment must be dev, staging or prod."
                      }
                    }
                    """;
            EvaluatedModule wrong = evaluate(Map.of("environment", Value.of("qa")), "variables.tf", declaration);
            assertThat(wrong.problems()).singleElement().satisfies(p -> {
                assertThat(p.message()).isEqualTo("Invalid value for variable \"environment\": environment must be dev, staging or prod.");
                assertThat(p.where().node().line()).isEqualTo(4);
            });
            assertThat(evaluate(Map.of("environment", Value.of("prod")), "variables.tf", declaration).problems()).isEmpty();
            assertThat(evaluate(Map.of(), "variables.tf", declaration).problems()).isEmpty();
        }

        @Test
        void nonNullableVariablesFallBackToTheirDefault() throws Exception {
            EvaluatedModule m = evaluate(Map.of("region", Value.nullValue()), "main.tf", """
                    variable "region" {
                      default  = "eu-west-1"
                      nullable = false
                    }
                    """);
            assertThat(m.variables().get("region")).isEqualTo(Value.of("eu-west-1"));
        }

        @Test
        void nestedOptionalAttributesGetTheirDefaults() throws Exception {
            EvaluatedModule m = evaluate(Map.of(), "main.tf", """
                    variable "buckets" {
                      type = map(object({
                        versioning = optional(bool, true)
                        lifecycle  = optional(object({ days = optional(number, 90) }), {})
                      }))
                      default = { logs = {}, exports = { versioning = false, lifecycle = { days = 7 } } }
                    }
                    """);
            Value buckets = m.variables().get("buckets");
            assertThat(buckets.path("logs", "versioning")).isEqualTo(Value.of(true));
            assertThat(buckets.path("logs", "lifecycle", "days")).isEqualTo(Value.of(90));
            assertThat(buckets.path("exports", "versioning")).isEqualTo(Value.of(false));
            assertThat(buckets.path("exports", "lifecycle", "days")).isEqualTo(Value.of(7));
        }

        @Test
        void aCycleOfLocalsIsReportedWithBothPlacesAndItsValuesAreErrors() throws Exception {
            EvaluatedModule m = evaluate(Map.of(), "main.tf", """
                    locals {
                      name   = "${local.prefix}-api"
                      prefix = "${local.name}-x"
                      ok     = "fine"
                    }
                    """);
            assertThat(m.locals().get("name").isError()).isTrue();
            assertThat(m.locals().get("prefix").isError()).isTrue();
            assertThat(m.locals().get("ok")).isEqualTo(Value.of("fine"));
            List<EvaluationProblem> cycles = m.problems().stream().filter(p -> p.message().startsWith("Cycle")).toList();
            assertThat(cycles).singleElement().satisfies(p -> {
                assertThat(p.message()).contains("local.name → local.prefix → local.name");
                assertThat(p.where().node().line()).isEqualTo(2);
                assertThat(p.related()).singleElement().satisfies(r -> assertThat(r.node().line()).isEqualTo(3));
            });
        }

        @Test
        void aResourceReferringToItselfThroughALocalIsACycle() throws Exception {
            EvaluatedModule m = evaluate(Map.of(), "main.tf", """
                    locals {
                      arn = aws_iam_role.app.arn
                    }
                    resource "aws_iam_role" "app" {
                      name = "app"
                      tags = { self = local.arn, name = aws_iam_role.app.name }
                    }
                    """);
            assertThat(m.problems()).singleElement().satisfies(p -> {
                assertThat(p.message()).contains("local.arn → aws_iam_role.app → local.arn");
                assertThat(p.related()).singleElement().satisfies(r -> assertThat(r.node().line()).isEqualTo(4));
            });
            assertThat(m.instance("aws_iam_role.app")).isEmpty();
        }

        @Test
        void undeclaredReferencesAreProblemsWithTheirPosition() throws Exception {
            EvaluatedModule m = evaluate(Map.of(), "main.tf", """
                    resource "aws_s3_bucket" "b" {
                      bucket = var.missing
                      policy = aws_iam_policy.none.arn
                    }
                    """);
            assertThat(m.problems()).extracting(p -> p.where().node().line() + ": " + p.message())
                    .anySatisfy(s -> assertThat(s).startsWith("2: ").contains("\"missing\""))
                    .anySatisfy(s -> assertThat(s).startsWith("3: ").contains("aws_iam_policy.none"));
        }

        @Test
        void anOutputOfASecretMustBeMarkedSensitive() throws Exception {
            EvaluatedModule m = evaluate(Map.of(), "main.tf", """
                    variable "db_password" {
                      sensitive = true
                      default   = "s3cret-value"
                    }
                    output "connection" {
                      value = "postgres://app:${var.db_password}@db:5432/payments"
                    }
                    """);
            assertThat(m.outputs().get("connection").isSensitive()).isTrue();
            assertThat(m.problems()).singleElement().satisfies(p -> {
                assertThat(p.message()).contains("\"connection\" needs sensitive = true");
                assertThat(p.where().node().line()).isEqualTo(6);
            });
        }

        @Test
        void dataSourcesAndModuleOutputsAreUnknownWithReasons() throws Exception {
            EvaluatedModule m = evaluate(Map.of(), "main.tf", """
                    data "aws_caller_identity" "current" {}
                    module "network" { source = "./modules/network" }
                    locals {
                      account = data.aws_caller_identity.current.account_id
                      subnets = module.network.private_subnet_ids
                      where   = "${path.module}/policies"
                    }
                    """);
            assertThat(m.locals().get("account").unknownReasons())
                    .containsExactly("data.aws_caller_identity.current.account_id is read from the provider when Terraform plans");
            assertThat(m.locals().get("subnets").unknownReasons().get(0)).startsWith("module.network.private_subnet_ids");
            assertThat(m.locals().get("where")).isEqualTo(Value.of("./policies"));
            assertThat(m.problems()).isEmpty();
        }
    }

    @Nested
    class ModuleCallsEntered {
        private final TerraformModule bucket = load("modules/bucket", """
                variable "name" {
                  type = string
                }
                variable "versioned" {
                  type    = bool
                  default = true
                }
                resource "aws_s3_bucket" "this" {
                  bucket = var.name
                }
                output "name" {
                  value = aws_s3_bucket.this.bucket
                }
                output "where" {
                  value = path.module
                }
                """);

        private TerraformModule load(String dir, String text) {
            try {
                return ModuleLoader.load(dir, List.of(TerraformFiles.parse(SourceFile.of(dir + "/main.tf", text))));
            } catch (HclParseException e) {
                throw new AssertionError(e);
            }
        }

        private EvaluatedModule root(String text, Map<String, TerraformModule> available) {
            ModuleCalls calls = (caller, key, source) -> {
                String dir = dev.opsmith.format.terraform.module.ModuleGraph.normalize(caller, source);
                return Optional.ofNullable(available.get(dir)).map(m -> new ModuleCalls.Callee(m, dir));
            };
            return ModuleEvaluator.evaluate(load("envs/prod", text), new ModuleInputs(Map.of(), ".", ".",
                    Optional.empty(), dev.opsmith.format.terraform.eval.functions.FunctionContext.NONE, calls,
                    List.of("envs/prod"), ""));
        }

        @Test
        void eachInstanceOfACallIsEnteredWithItsArgumentsAndItsOutputsFlowBack() {
            EvaluatedModule m = root("""
                    module "tenant" {
                      for_each = toset(["acme", "globex"])
                      source   = "../../modules/bucket"
                      name     = "payments-${each.key}"
                    }
                    module "audit" {
                      source    = "../../modules/bucket"
                      count     = 1
                      name      = "payments-audit"
                      versioned = false
                    }
                    locals {
                      names = [for t in module.tenant : t.name]
                      audit = module.audit[0].name
                      where = module.audit[0].where
                    }
                    """, Map.of("modules/bucket", bucket));
            assertThat(m.calls()).extracting(ModuleCall::address)
                    .containsExactly("module.tenant[\"acme\"]", "module.tenant[\"globex\"]", "module.audit[0]");
            assertThat(m.calls().get(2).child().variables().get("versioned")).isEqualTo(Value.of(false));
            assertThat(m.calls().get(0).child().instance("aws_s3_bucket.this").orElseThrow().value("bucket"))
                    .isEqualTo(Value.of("payments-acme"));
            assertThat(m.locals().get("names")).isEqualTo(Value.list(List.of(Value.of("payments-acme"), Value.of("payments-globex"))));
            assertThat(m.locals().get("audit")).isEqualTo(Value.of("payments-audit"));
            assertThat(m.locals().get("where")).isEqualTo(Value.of("../../modules/bucket"));
            assertThat(m.problems()).isEmpty();
        }

        @Test
        void aModuleCallingItselfIsReportedNotEnteredForever() {
            TerraformModule loop = load("modules/loop", """
                    module "again" {
                      source = "../loop"
                    }
                    """);
            EvaluatedModule m = root("""
                    module "loop" {
                      source = "../../modules/loop"
                    }
                    """, Map.of("modules/loop", loop));
            EvaluatedModule child = m.calls().get(0).child();
            assertThat(child.problems()).singleElement()
                    .satisfies(p -> assertThat(p.message()).contains("cannot call themselves"));
        }

        @Test
        void aSourceThatCannotBeEnteredGivesUnknownOutputsNamingIt() {
            EvaluatedModule m = root("""
                    module "vpc" {
                      source  = "terraform-aws-modules/vpc/aws"
                      version = "5.8.1"
                    }
                    locals {
                      subnets = module.vpc.private_subnets
                    }
                    """, Map.of());
            assertThat(m.locals().get("subnets").unknownReasons()).singleElement().satisfies(r -> assertThat(r)
                    .startsWith("module.vpc.private_subnets: ").contains("terraform-aws-modules/vpc/aws")
                    .contains("never downloaded"));
            assertThat(m.calls()).isEmpty();
        }
    }
}
