variable "secret_key_arn" {
  type = string # no default: the key is unknown, so nothing is decided
}

resource "aws_kms_key" "secrets" {
  description         = "Encrypts payments secrets"
  enable_key_rotation = true
}

resource "aws_secretsmanager_secret" "ledger_db" {
  name       = "payments/ledger-db"
  kms_key_id = aws_kms_key.secrets.arn
}

resource "aws_secretsmanager_secret" "psp_api_key" {
  name       = "payments/psp-api-key"
  kms_key_id = var.secret_key_arn
}
