resource "aws_kms_key" "secrets" {
  description         = "Encrypts payments secrets"
  enable_key_rotation = true
}

resource "aws_secretsmanager_secret" "ledger_db" {
  name                    = "payments/ledger-db"
  kms_key_id              = aws_kms_key.secrets.arn
  recovery_window_in_days = 0 # expect: AWS229
}
