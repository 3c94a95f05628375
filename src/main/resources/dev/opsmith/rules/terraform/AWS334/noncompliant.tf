resource "aws_backup_plan" "payments" { # expect: AWS334
  name = "payments"

  rule {
    rule_name         = "daily"
    target_vault_name = "payments"
    schedule          = "cron(0 3 * * ? *)"
  }
}
