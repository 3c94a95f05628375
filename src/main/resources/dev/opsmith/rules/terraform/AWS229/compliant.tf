variable "recovery_days" {
  type = number # no default: the window is unknown, so nothing is decided
}

resource "aws_kms_key" "secrets" {
  description         = "Encrypts payments secrets"
  enable_key_rotation = true
}

resource "aws_secretsmanager_secret" "ledger_db" {
  name                    = "payments/ledger-db"
  kms_key_id              = aws_kms_key.secrets.arn
  recovery_window_in_days = 14
}

# Provider default: 30 days
resource "aws_secretsmanager_secret" "psp_api_key" {
  name       = "payments/psp-api-key"
  kms_key_id = aws_kms_key.secrets.arn
}

resource "aws_secretsmanager_secret" "card_vault" {
  name                    = "payments/card-vault"
  kms_key_id              = aws_kms_key.secrets.arn
  recovery_window_in_days = var.recovery_days
}
