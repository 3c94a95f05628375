package dev.opsmith.rules.terraform.support;

import dev.opsmith.core.SourceFile;
import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.format.terraform.eval.ModuleEvaluator;
import dev.opsmith.format.terraform.eval.ModuleInputs;
import dev.opsmith.format.terraform.eval.ResourceInstance;
import dev.opsmith.format.terraform.eval.functions.FunctionContext;
import dev.opsmith.format.terraform.hcl.TerraformFiles;
import dev.opsmith.format.terraform.module.ModuleLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading policies in every form Terraform writes them, into one model. */
class PolicyDocumentsTest {

    private static EvaluatedModule evaluate(String text, FunctionContext functions) throws Exception {
        var file = TerraformFiles.parse(SourceFile.of("infra/main.tf", text));
        return ModuleEvaluator.evaluate(ModuleLoader.load("infra", List.of(file)),
                new ModuleInputs(Map.of(), ".", ".", Optional.empty(), functions));
    }

    private static EvaluatedModule evaluate(String text) throws Exception {
        return evaluate(text, FunctionContext.NONE);
    }

    private static PolicyRead read(EvaluatedModule m, String address, String attribute) {
        ResourceInstance r = m.instance(address).orElseThrow();
        return PolicyDocuments.read(m, r, r.attribute(attribute).orElseThrow(), address + " " + attribute);
    }

    private static PolicyDocument document(PolicyRead read) {
        assertThat(read.state()).as(read.problem().orElse("") + read.unknownReasons())
                .isEqualTo(PolicyRead.State.DOCUMENT);
        return read.document().orElseThrow();
    }

    @Test
    void jsonencodeKeepsKnownPartsDecidableAndPointsAtEachValue() throws Exception {
        EvaluatedModule m = evaluate("""
                resource "aws_s3_bucket" "ledger" {
                  bucket = "payments-ledger"
                }
                resource "aws_iam_policy" "ledger_rw" {
                  name = "ledger-rw"
                  policy = jsonencode({
                    Version = "2012-10-17"
                    Statement = [{
                      Effect   = "Allow"
                      Action   = ["s3:*"]
                      Resource = "${aws_s3_bucket.ledger.arn}/*"
                    }]
                  })
                }
                """);
        PolicyDocument doc = document(read(m, "aws_iam_policy.ledger_rw", "policy"));
        assertThat(doc.form()).isEqualTo(PolicyDocument.Form.JSONENCODE);
        assertThat(doc.version().orElseThrow().text()).contains("2012-10-17");
        PolicyStatement s = doc.statements().get(0);
        assertThat(s.isAllow().isYes()).isTrue();
        assertThat(s.actions().serviceWildcards()).hasSize(1);
        assertThat(s.actions().serviceWildcards().get(0).span().line()).isEqualTo(10);
        assertThat(s.actions().allows("s3:GetObject").isYes()).isTrue();
        assertThat(s.actions().allows("kms:Decrypt").isNo()).isTrue();
        Tri wildcard = s.resources().hasWildcard();
        assertThat(wildcard.isUnknown()).isTrue();
        assertThat(wildcard.unknownReasons()).anySatisfy(r -> assertThat(r).contains("aws_s3_bucket.ledger.arn"));
    }

    @Test
    void heredocJsonIsParsedWithLineExactSpans() throws Exception {
        EvaluatedModule m = evaluate("""
                resource "aws_iam_role" "deploy" {
                  name = "deploy"
                  assume_role_policy = <<EOF
                {
                  "Version": "2012-10-17",
                  "Statement": [
                    {
                      "Effect": "Allow",
                      "Principal": "*",
                      "Action": "sts:AssumeRole"
                    }
                  ]
                }
                EOF
                }
                """);
        PolicyDocument doc = document(read(m, "aws_iam_role.deploy", "assume_role_policy"));
        assertThat(doc.form()).isEqualTo(PolicyDocument.Form.JSON_STRING);
        PolicyStatement s = doc.statements().get(0);
        assertThat(s.principals().isWildcard().isYes()).isTrue();
        assertThat(s.principals().span().line()).isEqualTo(9);
        assertThat(s.actions().allows("sts:AssumeRole").isYes()).isTrue();
        assertThat(s.hasCondition().isNo()).isTrue();
        assertThat(RestrictingConditions.narrowsPrincipal(s).isNo()).isTrue();
    }

    @Test
    void templateWithAnUnknownInterpolationLeavesOnlyThatStringUnknown() throws Exception {
        EvaluatedModule m = evaluate("""
                variable "bucket_arn" {
                  type = string
                }
                resource "aws_iam_user_policy" "reader" {
                  user   = "reporting"
                  policy = <<-EOF
                    {"Version": "2012-10-17",
                     "Statement": {"Effect": "Allow", "Action": "*", "Resource": "${var.bucket_arn}"}}
                  EOF
                }
                """);
        PolicyDocument doc = document(read(m, "aws_iam_user_policy.reader", "policy"));
        PolicyStatement s = doc.statements().get(0);
        assertThat(s.actions().isAll().isYes()).isTrue();
        assertThat(s.resources().hasWildcard().unknownReasons()).anySatisfy(r -> assertThat(r).contains("var.bucket_arn"));
    }

    @Test
    void fileAndTemplatefileGiveTheFileText(@TempDir Path repo) throws Exception {
        Path infra = Files.createDirectories(repo.resolve("infra"));
        Files.writeString(infra.resolve("admin.json"), """
                {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]}
                """);
        Files.writeString(infra.resolve("bucket.json.tpl"), """
                {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObject",
                 "Resource": "arn:aws:s3:::${bucket}/*"}]}
                """);
        EvaluatedModule m = evaluate("""
                resource "aws_iam_policy" "admin" {
                  policy = file("${path.module}/admin.json")
                }
                resource "aws_iam_policy" "read" {
                  policy = templatefile("${path.module}/bucket.json.tpl", { bucket = "payments-exports" })
                }
                """, FunctionContext.of(infra, repo));
        PolicyStatement admin = document(read(m, "aws_iam_policy.admin", "policy")).statements().get(0);
        assertThat(admin.actions().isAll().isYes()).isTrue();
        assertThat(admin.resources().hasWildcard().isYes()).isTrue();
        assertThat(admin.span().line()).as("the attribute's span").isEqualTo(2);
        PolicyStatement read = document(read(m, "aws_iam_policy.read", "policy")).statements().get(0);
        assertThat(read.resources().texts()).containsExactly("arn:aws:s3:::payments-exports/*");
    }

    @Test
    void dataSourceMergesSourceStatementsAndOverridesBySid() throws Exception {
        EvaluatedModule m = evaluate("""
                data "aws_iam_policy_document" "base" {
                  statement {
                    sid       = "Read"
                    actions   = ["s3:GetObject"]
                    resources = ["*"]
                  }
                  statement {
                    sid       = "Logs"
                    actions   = ["logs:PutLogEvents"]
                    resources = ["*"]
                  }
                }
                data "aws_iam_policy_document" "override" {
                  statement {
                    sid       = "Logs"
                    effect    = "Deny"
                    actions   = ["logs:*"]
                    resources = ["*"]
                  }
                }
                data "aws_iam_policy_document" "app" {
                  source_policy_documents   = [data.aws_iam_policy_document.base.json]
                  override_policy_documents = [data.aws_iam_policy_document.override.json]
                  statement {
                    sid       = "Read"
                    actions   = ["s3:GetObject", "s3:ListBucket"]
                    resources = ["arn:aws:s3:::payments-exports/*"]
                    principals {
                      type        = "*"
                      identifiers = ["*"]
                    }
                    condition {
                      test     = "StringEquals"
                      variable = "aws:PrincipalOrgID"
                      values   = ["o-abc123"]
                    }
                  }
                  statement {
                    actions   = ["kms:Decrypt"]
                    resources = ["*"]
                  }
                }
                resource "aws_iam_role_policy" "app" {
                  role   = "app"
                  policy = data.aws_iam_policy_document.app.json
                }
                """);
        PolicyDocument doc = document(read(m, "aws_iam_role_policy.app", "policy"));
        assertThat(doc.form()).isEqualTo(PolicyDocument.Form.DATA_SOURCE);
        assertThat(doc.name()).isEqualTo("data.aws_iam_policy_document.app");
        assertThat(doc.version().orElseThrow().text()).contains("2012-10-17");
        List<PolicyStatement> s = doc.statements();
        assertThat(s).hasSize(3);
        assertThat(s.get(0).sid()).contains("Read");
        assertThat(s.get(0).resources().texts()).containsExactly("arn:aws:s3:::payments-exports/*");
        assertThat(s.get(0).principals().isWildcard().isYes()).isTrue();
        assertThat(RestrictingConditions.narrowsPrincipal(s.get(0)).isYes()).isTrue();
        assertThat(s.get(0).span().line()).isEqualTo(24);
        assertThat(s.get(1).sid()).contains("Logs");
        assertThat(s.get(1).isDeny().isYes()).isTrue();
        assertThat(s.get(2).isAllow().isYes()).as("effect defaults to Allow").isTrue();
        assertThat(s.get(2).actions().allows("kms:Decrypt").isYes()).isTrue();
        assertThat(PolicyDocuments.readData(m, m.instance("data.aws_iam_policy_document.base").orElseThrow())
                .document().orElseThrow().statements()).hasSize(2);
    }

    @Test
    void unknownPolicyIsUnknownWithItsReasons() throws Exception {
        EvaluatedModule m = evaluate("""
                variable "policy_json" {
                  type = string
                }
                resource "aws_iam_policy" "external" {
                  policy = var.policy_json
                }
                resource "aws_iam_policy" "broken" {
                  policy = "{\\"Version\\": \\"2012-10-17\\", \\"Statement\\": ["
                }
                """);
        PolicyRead unknown = read(m, "aws_iam_policy.external", "policy");
        assertThat(unknown.state()).isEqualTo(PolicyRead.State.UNKNOWN);
        assertThat(unknown.unknownReasons()).anySatisfy(r -> assertThat(r).contains("var.policy_json"));
        PolicyRead broken = read(m, "aws_iam_policy.broken", "policy");
        assertThat(broken.state()).isEqualTo(PolicyRead.State.INVALID);
        assertThat(broken.problem().orElseThrow()).startsWith("not valid JSON");
    }

    @Test
    void sourcesListEveryPolicyAttributeIncludingInlinePolicies() throws Exception {
        EvaluatedModule m = evaluate("""
                resource "aws_iam_role" "worker" {
                  name               = "worker"
                  assume_role_policy = jsonencode({ Version = "2012-10-17", Statement = [] })
                  inline_policy {
                    name   = "queue"
                    policy = jsonencode({ Version = "2012-10-17", Statement = [] })
                  }
                }
                resource "aws_sqs_queue" "jobs" {
                  policy = jsonencode({ Version = "2012-10-17", Statement = [] })
                }
                """);
        assertThat(PolicyDocuments.sources(m, PolicyDocuments.Kind.IDENTITY)).extracting(PolicyDocuments.Source::name)
                .containsExactly("aws_iam_role.worker inline_policy.policy");
        assertThat(PolicyDocuments.sources(m, PolicyDocuments.Kind.TRUST, PolicyDocuments.Kind.RESOURCE))
                .extracting(PolicyDocuments.Source::name)
                .containsExactly("aws_iam_role.worker assume_role_policy", "aws_sqs_queue.jobs policy");
    }

    @Test
    void actionPatternsMatchLikeIam() {
        assertThat(ActionPattern.matches("s3:Get*", "s3:GetObject")).isTrue();
        assertThat(ActionPattern.matches("S3:getobject", "s3:GetObject")).isTrue();
        assertThat(ActionPattern.matches("s3:Get?bject", "s3:GetObject")).isTrue();
        assertThat(ActionPattern.matches("s3:*Object", "s3:PutObject")).isTrue();
        assertThat(ActionPattern.matches("s3:Get*", "s3:PutObject")).isFalse();
        assertThat(ActionPattern.matches("*", "iam:PassRole")).isTrue();
        assertThat(ActionPattern.matches("iam:Pass*", "sts:PassRole")).isFalse();
        assertThat(ActionPattern.isAll("*:*")).isTrue();
        assertThat(ActionPattern.isServiceWildcard("kms:*")).isTrue();
        assertThat(ActionPattern.isServiceWildcard("kms:Get*")).isFalse();
        assertThat(ActionPattern.isServiceWildcard("*")).isFalse();
    }
}
