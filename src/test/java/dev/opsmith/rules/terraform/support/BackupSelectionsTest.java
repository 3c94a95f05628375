package dev.opsmith.rules.terraform.support;

import dev.opsmith.format.terraform.eval.EvaluatedModule;
import dev.opsmith.rules.terraform.support.BackupSelections.State;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which resources the backup selections of a module pick, by reference, ARN pattern, tag and condition. */
class BackupSelectionsTest {

    private static final String MODULE = """
            provider "aws" {
              region = "eu-west-1"
              default_tags {
                tags = {
                  backup = "daily"
                }
              }
            }
            provider "aws" {
              alias  = "untagged"
              region = "eu-central-1"
            }
            resource "aws_backup_plan" "daily" {
              name = "payments-daily"
              rule {
                rule_name         = "daily"
                target_vault_name = "payments"
                schedule          = "cron(0 3 * * ? *)"
              }
            }
            resource "aws_db_instance" "ledger" {
              provider   = aws.untagged
              identifier = "payments-ledger"
            }
            resource "aws_db_instance" "reporting" {
              provider   = aws.untagged
              identifier = "reporting-replica"
            }
            resource "aws_dynamodb_table" "cards" {
              provider = aws.untagged
              name     = "cards"
              tags = {
                tier = "critical"
              }
            }
            resource "aws_dynamodb_table" "sessions" {
              provider = aws.untagged
              name     = "sessions"
            }
            resource "aws_ebs_volume" "batch" {
              availability_zone = "eu-west-1a"
              size              = 100
            }
            resource "aws_efs_file_system" "exports" {
              provider = aws.untagged
            }
            resource "aws_backup_selection" "databases" {
              name         = "databases"
              plan_id      = aws_backup_plan.daily.id
              iam_role_arn = "arn:aws:iam::111122223333:role/backup"
              resources    = ["arn:aws:rds:*:*:db:payments-*"]
            }
            resource "aws_backup_selection" "critical" {
              name         = "critical"
              plan_id      = aws_backup_plan.daily.id
              iam_role_arn = "arn:aws:iam::111122223333:role/backup"
              selection_tag {
                type  = "STRINGEQUALS"
                key   = "tier"
                value = "critical"
              }
            }
            resource "aws_backup_selection" "tagged" {
              name         = "tagged"
              plan_id      = aws_backup_plan.daily.id
              iam_role_arn = "arn:aws:iam::111122223333:role/backup"
              selection_tag {
                type  = "STRINGEQUALS"
                key   = "backup"
                value = "daily"
              }
            }
            """;

    private static State coverage(EvaluatedModule m, String address) {
        return BackupSelections.coverage(m, m.instance(address).orElseThrow()).state();
    }

    @Test
    void selectsByArnPatternTagsAndProviderDefaultTags() throws Exception {
        EvaluatedModule m = ReferencesTest.evaluate(MODULE);
        assertThat(coverage(m, "aws_db_instance.ledger")).isEqualTo(State.COVERED);
        assertThat(coverage(m, "aws_db_instance.reporting")).isEqualTo(State.NOT_COVERED);
        assertThat(coverage(m, "aws_dynamodb_table.cards")).isEqualTo(State.COVERED);
        assertThat(coverage(m, "aws_dynamodb_table.sessions")).isEqualTo(State.NOT_COVERED);
        assertThat(coverage(m, "aws_ebs_volume.batch")).isEqualTo(State.COVERED);
        assertThat(coverage(m, "aws_efs_file_system.exports")).isEqualTo(State.NOT_COVERED);
    }

    @Test
    void selectsByReferenceAndHonoursConditionsAndExclusions() throws Exception {
        EvaluatedModule m = ReferencesTest.evaluate("""
                resource "aws_efs_file_system" "exports" {
                  tags = {
                    env = "prod"
                  }
                }
                resource "aws_efs_file_system" "scratch" {
                  tags = {
                    env = "dev"
                  }
                }
                resource "aws_ebs_volume" "batch" {
                  availability_zone = "eu-west-1a"
                  size              = 100
                }
                resource "aws_backup_selection" "efs" {
                  name         = "efs"
                  plan_id      = "plan-1"
                  iam_role_arn = "arn:aws:iam::111122223333:role/backup"
                  resources    = [aws_efs_file_system.exports.arn, "arn:aws:elasticfilesystem:*:*:file-system/*"]
                  condition {
                    string_equals {
                      key   = "aws:ResourceTag/env"
                      value = "prod"
                    }
                  }
                }
                resource "aws_backup_selection" "volumes" {
                  name          = "volumes"
                  plan_id       = "plan-1"
                  iam_role_arn  = "arn:aws:iam::111122223333:role/backup"
                  resources     = ["*"]
                  not_resources = ["arn:aws:ec2:*:*:volume/*", "arn:aws:elasticfilesystem:*:*:file-system/*"]
                }
                """);
        assertThat(coverage(m, "aws_efs_file_system.exports")).isEqualTo(State.COVERED);
        assertThat(coverage(m, "aws_efs_file_system.scratch")).isEqualTo(State.NOT_COVERED);
        assertThat(coverage(m, "aws_ebs_volume.batch")).isEqualTo(State.NOT_COVERED);
    }

    @Test
    void aReferenceToAnotherResourceDoesNotSelectThisOne() throws Exception {
        EvaluatedModule m = ReferencesTest.evaluate("""
                resource "aws_db_instance" "ledger" {
                  identifier = "ledger"
                }
                resource "aws_db_instance" "reporting" {
                  identifier = "reporting"
                }
                resource "aws_backup_selection" "ledger" {
                  name         = "ledger"
                  plan_id      = "plan-1"
                  iam_role_arn = "arn:aws:iam::111122223333:role/backup"
                  resources    = [aws_db_instance.ledger.arn]
                }
                """);
        assertThat(coverage(m, "aws_db_instance.ledger")).isEqualTo(State.COVERED);
        assertThat(coverage(m, "aws_db_instance.reporting")).isEqualTo(State.NOT_COVERED);
    }

    @Test
    void anUnknownSelectionLeavesTheAnswerOpen() throws Exception {
        EvaluatedModule m = ReferencesTest.evaluate("""
                variable "selected_arns" {
                  type = list(string)
                }
                resource "aws_dynamodb_table" "sessions" {
                  name = "sessions"
                }
                resource "aws_backup_selection" "dynamic" {
                  name         = "dynamic"
                  plan_id      = "plan-1"
                  iam_role_arn = "arn:aws:iam::111122223333:role/backup"
                  resources    = var.selected_arns
                }
                """);
        var coverage = BackupSelections.coverage(m, m.instance("aws_dynamodb_table.sessions").orElseThrow());
        assertThat(coverage.state()).isEqualTo(State.UNKNOWN);
        assertThat(coverage.unknownReasons()).anySatisfy(r -> assertThat(r).contains("var.selected_arns"));
    }
}
