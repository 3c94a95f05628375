resource "aws_backup_plan" "payments" { # expect: AWS333
  name = "payments"

  rule {
    rule_name         = "daily"
    target_vault_name = "payments"
    schedule          = "cron(0 3 * * ? *)"

    lifecycle {
      delete_after = 35
    }
  }
}
