resource "aws_backup_plan" "payments" {
  name = "payments"

  rule {
    rule_name         = "daily"
    target_vault_name = "payments"
    schedule          = "cron(0 3 * * ? *)"

    lifecycle {
      delete_after = 14 # expect: AWS332
    }
  }

  rule {
    rule_name         = "monthly"
    target_vault_name = "payments"
    schedule          = "cron(0 5 1 * ? *)"

    lifecycle {
      cold_storage_after = 30
      delete_after       = 400
    }
  }
}
