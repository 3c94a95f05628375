variable "webhook_token" {
  type      = string # no default: supplied at apply time, not written in the code
  sensitive = true
}

resource "aws_secretsmanager_secret" "ledger_db" {
  name = "payments/ledger-db"
}

resource "random_password" "signing" {
  length = 32
}

resource "aws_lambda_function" "card_capture" {
  function_name = "payments-card-capture"
  role          = "arn:aws:iam::123456789012:role/payments-card-capture"
  runtime       = "python3.12"
  handler       = "app.handler"
  filename      = "card_capture.zip"

  environment {
    variables = {
      LEDGER_TABLE           = "payments-ledger"
      DB_PASSWORD_SECRET_ARN = aws_secretsmanager_secret.ledger_db.arn
      PSP_API_KEY_PARAMETER  = "/payments/psp/api-key"
      WEBHOOK_TOKEN          = var.webhook_token
      SIGNING_SECRET         = random_password.signing.result
      AUTH_MODE              = "iam"
      SANDBOX_PASSWORD       = "changeme"
    }
  }
}
