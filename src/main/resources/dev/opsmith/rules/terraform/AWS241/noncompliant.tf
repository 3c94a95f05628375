resource "aws_lambda_function" "statement_ingest" { # expect: AWS241
  function_name = "payments-statement-ingest"
  role          = "arn:aws:iam::123456789012:role/payments-statement-ingest"
  runtime       = "python3.12"
  handler       = "app.handler"
  filename      = "statement_ingest.zip"
}

# Retries configured, but failures still go nowhere
resource "aws_lambda_function" "chargeback_notify" { # expect: AWS241
  function_name = "payments-chargeback-notify"
  role          = "arn:aws:iam::123456789012:role/payments-chargeback-notify"
  runtime       = "python3.12"
  handler       = "app.handler"
  filename      = "chargeback_notify.zip"
}

resource "aws_lambda_function_event_invoke_config" "chargeback_notify" {
  function_name                = aws_lambda_function.chargeback_notify.function_name
  maximum_retry_attempts       = 2
  maximum_event_age_in_seconds = 3600
}
