# settings: maxDays=200
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
    automatically_after_days = 180
  }
}
