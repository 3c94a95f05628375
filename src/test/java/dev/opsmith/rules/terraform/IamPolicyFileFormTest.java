package dev.opsmith.rules.terraform;

import dev.opsmith.core.ScanResult;
import dev.opsmith.scan.TestScans;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The IAM policy rules on policies read with {@code file()} and {@code templatefile()}: the fixtures are scanned one
 * file at a time, so this form is checked here, with the JSON files next to the configuration. Findings point at the
 * attribute calling the function.
 */
class IamPolicyFileFormTest {

    private static List<String> scan(Path root, String... rules) {
        ScanResult result = TestScans.scan(TestScans.options(root, List.of(root.resolve("main.tf")), Set.of(rules)));
        assertThat(result.notices()).isEmpty();
        return result.findings().stream().map(f -> f.ruleId() + "@" + f.span().line()).sorted().toList();
    }

    @Test
    void policiesReadFromFilesAreJudged(@TempDir Path root) throws Exception {
        Files.writeString(root.resolve("break-glass.json"), """
                {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]}
                """);
        Files.writeString(root.resolve("trust.json.tpl"), """
                {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole",
                 "Principal": {"AWS": "${principal}"}}]}
                """);
        Files.writeString(root.resolve("exports.json"), """
                {"Statement": [{"Effect": "Allow", "Action": "s3:*", "Resource": "arn:aws:s3:::payments-exports/*"}]}
                """);
        Files.writeString(root.resolve("main.tf"), """
                resource "aws_iam_policy" "break_glass" {
                  name   = "payments-break-glass"
                  policy = file("${path.module}/break-glass.json")
                }

                resource "aws_iam_role" "partner" {
                  name               = "partner"
                  assume_role_policy = templatefile("${path.module}/trust.json.tpl", { principal = "*" })
                }

                resource "aws_iam_policy" "exports" {
                  name   = "payments-exports"
                  policy = file("${path.module}/exports.json")
                }
                """);
        assertThat(scan(root, "AWS050", "AWS052", "AWS074", "AWS081"))
                .containsExactly("AWS050@3", "AWS052@13", "AWS074@8", "AWS081@13");
    }

    @Test
    void compliantFilesAreNotReported(@TempDir Path root) throws Exception {
        Files.writeString(root.resolve("reader.json"), """
                {"Version": "2012-10-17",
                 "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::payments-exports/*"}]}
                """);
        Files.writeString(root.resolve("main.tf"), """
                resource "aws_iam_policy" "reader" {
                  name   = "payments-reader"
                  policy = file("${path.module}/reader.json")
                }
                """);
        assertThat(scan(root, "AWS050", "AWS051", "AWS052", "AWS081")).isEmpty();
    }
}
