variable "psp_api_key" {
  type      = string # no default: supplied at apply time
  sensitive = true
}

resource "random_password" "ledger_db" {
  length  = 32
  special = true
}

resource "aws_secretsmanager_secret" "ledger_db" {
  name = "payments/ledger-db"
}

resource "aws_secretsmanager_secret_version" "ledger_db" {
  secret_id = aws_secretsmanager_secret.ledger_db.id
  secret_string = jsonencode({
    username = "ledger_app"
    password = random_password.ledger_db.result
  })
}

resource "aws_secretsmanager_secret" "psp_api_key" {
  name = "payments/psp-api-key"
}

resource "aws_secretsmanager_secret_version" "psp_api_key" {
  secret_id     = aws_secretsmanager_secret.psp_api_key.id
  secret_string = var.psp_api_key
}

# Created with a placeholder, the real value is set by the PSP onboarding runbook
resource "aws_secretsmanager_secret" "acquirer_key" {
  name = "payments/acquirer-key"
}

resource "aws_secretsmanager_secret_version" "acquirer_key" {
  secret_id     = aws_secretsmanager_secret.acquirer_key.id
  secret_string = "changeme"

  lifecycle {
    ignore_changes = [secret_string]
  }
}

resource "aws_ssm_parameter" "ledger_endpoint" {
  name  = "/payments/ledger/endpoint"
  type  = "String"
  value = "ledger.payments.internal:5432"
}
