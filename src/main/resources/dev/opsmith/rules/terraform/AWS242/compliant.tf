variable "export_concurrency" {
  type = number # no default: the reservation is unknown, so nothing is decided
}

resource "aws_lambda_function" "card_webhook" {
  function_name                  = "payments-card-webhook"
  role                           = "arn:aws:iam::123456789012:role/payments-card-webhook"
  runtime                        = "python3.12"
  handler                        = "app.handler"
  filename                       = "card_webhook.zip"
  reserved_concurrent_executions = 50
}

# Throttled on purpose while the payout provider is migrated
resource "aws_lambda_function" "payouts" {
  function_name                  = "payments-payouts"
  role                           = "arn:aws:iam::123456789012:role/payments-payouts"
  runtime                        = "python3.12"
  handler                        = "app.handler"
  filename                       = "payouts.zip"
  reserved_concurrent_executions = 0
}

resource "aws_lambda_function" "statement_export" {
  function_name                  = "payments-statement-export"
  role                           = "arn:aws:iam::123456789012:role/payments-statement-export"
  runtime                        = "python3.12"
  handler                        = "app.handler"
  filename                       = "statement_export.zip"
  reserved_concurrent_executions = var.export_concurrency
}
