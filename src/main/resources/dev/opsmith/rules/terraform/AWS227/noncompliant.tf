resource "aws_lambda_function" "rotator" {
  function_name = "payments-secret-rotator"
  role          = "arn:aws:iam::123456789012:role/payments-secret-rotator"
  runtime       = "python3.12"
  handler       = "rotate.handler"
  filename      = "rotator.zip"
}

# v3 inline style
resource "aws_secretsmanager_secret" "ledger_db" {
  name                = "payments/ledger-db"
  rotation_lambda_arn = aws_lambda_function.rotator.arn

  rotation_rules {
    automatically_after_days = 180 # expect: AWS227
  }
}

# v4+ split style
resource "aws_secretsmanager_secret" "card_vault" {
  name = "payments/card-vault"
}

resource "aws_secretsmanager_secret_rotation" "card_vault" {
  secret_id           = aws_secretsmanager_secret.card_vault.id
  rotation_lambda_arn = aws_lambda_function.rotator.arn

  rotation_rules {
    schedule_expression = "rate(120 days)" # expect: AWS227
  }
}

resource "aws_secretsmanager_secret" "psp_api_key" {
  name = "payments/psp-api-key"
}

resource "aws_secretsmanager_secret_rotation" "psp_api_key" {
  secret_id           = aws_secretsmanager_secret.psp_api_key.id
  rotation_lambda_arn = aws_lambda_function.rotator.arn

  rotation_rules {
    schedule_expression = "cron(0 3 1 1,7 ? *)" # expect: AWS227
  }
}
