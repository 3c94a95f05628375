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
    automatically_after_days = 30
  }
}

# v4+ split style, by reference
resource "aws_secretsmanager_secret" "card_vault" {
  name = "payments/card-vault"
}

resource "aws_secretsmanager_secret_rotation" "card_vault" {
  secret_id           = aws_secretsmanager_secret.card_vault.id
  rotation_lambda_arn = aws_lambda_function.rotator.arn

  rotation_rules {
    automatically_after_days = 30
  }
}

# v4+ split style, by the secret's name
resource "aws_secretsmanager_secret" "psp_api_key" {
  name = "payments/psp-api-key"
}

resource "aws_secretsmanager_secret_rotation" "psp_api_key" {
  secret_id           = "payments/psp-api-key"
  rotation_lambda_arn = aws_lambda_function.rotator.arn

  rotation_rules {
    schedule_expression = "rate(30 days)"
  }
}
