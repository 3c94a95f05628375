resource "aws_backup_vault" "payments" {
  name = "payments"
}

resource "aws_backup_vault_lock_configuration" "payments" {
  backup_vault_name   = aws_backup_vault.payments.name
  min_retention_days  = 7 # expect: AWS339
  changeable_for_days = 3
}
