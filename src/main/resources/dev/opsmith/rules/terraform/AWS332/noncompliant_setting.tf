# settings: minDays=90
resource "aws_backup_plan" "ledger" {
  name = "ledger"

  rule {
    rule_name         = "daily"
    target_vault_name = "ledger"
    schedule          = "cron(0 3 * * ? *)"

    lifecycle {
      delete_after = 35 # expect: AWS332
    }
  }
}
