variable "copy_targets" {
  type = list(string) # no default: whether the ledger plan copies anywhere is unknown, nothing is decided
}

resource "aws_backup_plan" "payments" {
  name = "payments"

  rule {
    rule_name         = "daily"
    target_vault_name = "payments"
    schedule          = "cron(0 3 * * ? *)"

    copy_action {
      destination_vault_arn = "arn:aws:backup:eu-central-1:444455556666:backup-vault:payments-dr"

      lifecycle {
        delete_after = 35
      }
    }
  }
}

resource "aws_backup_plan" "ledger" {
  name = "ledger"

  rule {
    rule_name         = "daily"
    target_vault_name = "ledger"
    schedule          = "cron(0 3 * * ? *)"

    dynamic "copy_action" {
      for_each = var.copy_targets
      content {
        destination_vault_arn = copy_action.value
      }
    }
  }
}
