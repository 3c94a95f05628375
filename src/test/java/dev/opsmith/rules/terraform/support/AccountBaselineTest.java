package dev.opsmith.rules.terraform.support;

import dev.opsmith.format.terraform.eval.EvaluatedModule;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Recognising account-baseline root modules, and where their "missing" findings point. */
class AccountBaselineTest {

    @Test
    void aRootDeclaringATrailIsABaselineAnchoredAtItsFileFirstLine() throws Exception {
        EvaluatedModule m = ReferencesTest.evaluate("""
                # payments security account baseline
                resource "aws_s3_bucket" "trail" {
                  bucket = "payments-org-trail"
                }
                resource "aws_cloudtrail" "org" {
                  name           = "payments-org"
                  s3_bucket_name = aws_s3_bucket.trail.id
                }
                """);
        assertThat(AccountBaseline.isBaselineRoot(m, true)).isTrue();
        var anchor = AccountBaseline.anchor(m).orElseThrow();
        assertThat(anchor.marker()).isEqualTo("aws_cloudtrail.org");
        assertThat(anchor.span().line()).isEqualTo(1);
        assertThat(anchor.span().endColumn()).isEqualTo("# payments security account baseline".length() + 1);
        assertThat(anchor.file().relativePath()).isEqualTo("infra/main.tf");
    }

    @Test
    void aCalledModuleIsNeverABaselineRoot() throws Exception {
        EvaluatedModule m = ReferencesTest.evaluate("""
                resource "aws_guardduty_detector" "main" {
                  enable = true
                }
                """);
        assertThat(AccountBaseline.isBaselineRoot(m, false)).isFalse();
        assertThat(AccountBaseline.isBaselineRoot(m, true)).isTrue();
    }

    @Test
    void aConditionalMarkerStillCountsButAnApplicationStackDoesNot() throws Exception {
        EvaluatedModule conditional = ReferencesTest.evaluate("""
                variable "enable_config" {
                  type = bool
                }
                resource "aws_config_configuration_recorder" "main" {
                  count    = var.enable_config ? 1 : 0
                  name     = "payments"
                  role_arn = "arn:aws:iam::111122223333:role/config"
                }
                """);
        assertThat(AccountBaseline.isBaselineRoot(conditional, true)).isTrue();
        EvaluatedModule app = ReferencesTest.evaluate("""
                resource "aws_sqs_queue" "settlements" {
                  name = "settlements"
                }
                """);
        assertThat(AccountBaseline.isBaselineRoot(app, true)).isFalse();
        assertThat(AccountBaseline.anchor(app)).isEmpty();
    }
}
