resource "aws_lambda_function" "card_webhook" { # expect: AWS242
  function_name = "payments-card-webhook"
  role          = "arn:aws:iam::123456789012:role/payments-card-webhook"
  runtime       = "python3.12"
  handler       = "app.handler"
  filename      = "card_webhook.zip"
}

resource "aws_lambda_function" "statement_export" {
  function_name                  = "payments-statement-export"
  role                           = "arn:aws:iam::123456789012:role/payments-statement-export"
  runtime                        = "python3.12"
  handler                        = "app.handler"
  filename                       = "statement_export.zip"
  reserved_concurrent_executions = -1 # expect: AWS242
}
