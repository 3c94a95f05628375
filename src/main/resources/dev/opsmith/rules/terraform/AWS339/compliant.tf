variable "ledger_min_retention" {
  type = number # no default: nothing is decided
}

resource "aws_backup_vault_lock_configuration" "payments" {
  backup_vault_name  = "payments"
  min_retention_days = 35
  max_retention_days = 400
}

resource "aws_backup_vault_lock_configuration" "ledger" {
  backup_vault_name  = "ledger"
  min_retention_days = var.ledger_min_retention
}
