variable "locked_vault" {
  type = string # no default: which vault is locked is unknown, so the ledger vault is not decided
}

resource "aws_backup_vault" "payments" {
  name = "payments"
}

resource "aws_backup_vault_lock_configuration" "payments" {
  backup_vault_name  = aws_backup_vault.payments.name
  min_retention_days = 35
}

resource "aws_backup_vault" "ledger" {
  name = "ledger"
}

resource "aws_backup_vault_lock_configuration" "ledger" {
  backup_vault_name  = var.locked_vault
  min_retention_days = 35
}

# not used by any plan of this module
resource "aws_backup_vault" "scratch" {
  name = "scratch"
}

resource "aws_backup_plan" "daily" {
  name = "payments-daily"

  rule {
    rule_name         = "payments"
    target_vault_name = aws_backup_vault.payments.name
    schedule          = "cron(0 3 * * ? *)"
  }

  rule {
    rule_name         = "ledger"
    target_vault_name = "ledger"
    schedule          = "cron(0 4 * * ? *)"
  }
}
