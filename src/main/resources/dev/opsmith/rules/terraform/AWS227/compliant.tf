variable "rotation_days" {
  type = number # no default: the period is unknown, so nothing is decided
}

resource "aws_lambda_function" "rotator" {
  function_name = "payments-secret-rotator"
  role          = "arn:aws:iam::123456789012:role/payments-secret-rotator"
  runtime       = "python3.12"
  handler       = "rotate.handler"
  filename      = "rotator.zip"
}

resource "aws_secretsmanager_secret" "ledger_db" {
  name                = "payments/ledger-db"
  rotation_lambda_arn = aws_lambda_function.rotator.arn

  rotation_rules {
    automatically_after_days = 30
  }
}

resource "aws_secretsmanager_secret" "card_vault" {
  name = "payments/card-vault"
}

resource "aws_secretsmanager_secret_rotation" "card_vault" {
  secret_id           = aws_secretsmanager_secret.card_vault.id
  rotation_lambda_arn = aws_lambda_function.rotator.arn

  rotation_rules {
    schedule_expression = "cron(0 3 1 */3 ? *)"
  }
}

resource "aws_secretsmanager_secret" "psp_api_key" {
  name = "payments/psp-api-key"
}

resource "aws_secretsmanager_secret_rotation" "psp_api_key" {
  secret_id           = aws_secretsmanager_secret.psp_api_key.id
  rotation_lambda_arn = aws_lambda_function.rotator.arn

  rotation_rules {
    automatically_after_days = var.rotation_days
  }
}
