variable "daily_retention_days" {
  type = number # no default: nothing is decided
}

resource "aws_backup_plan" "payments" {
  name = "payments"

  rule {
    rule_name         = "daily"
    target_vault_name = "payments"
    schedule          = "cron(0 3 * * ? *)"

    lifecycle {
      delete_after = 35
    }
  }

  rule {
    rule_name         = "hourly"
    target_vault_name = "payments"
    schedule          = "cron(0 * * * ? *)"

    lifecycle {
      delete_after = var.daily_retention_days
    }
  }

  rule {
    rule_name         = "manual-expiry"
    target_vault_name = "payments"
    schedule          = "cron(0 6 ? * SUN *)"
  }
}
