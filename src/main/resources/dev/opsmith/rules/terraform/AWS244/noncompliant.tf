resource "aws_lambda_function" "ledger_sync" {
  function_name = "payments-ledger-sync"
  role          = "arn:aws:iam::123456789012:role/payments-ledger-sync"
  runtime       = "java21"
  handler       = "com.example.ledger.Handler"
  filename      = "ledger_sync.zip"

  environment { # expect: AWS244
    variables = {
      LEDGER_TABLE = "payments-ledger"
      LOG_LEVEL    = "INFO"
    }
  }
}
