resource "aws_sqs_queue" "lambda_dlq" {
  name = "payments-lambda-dlq"
}

resource "aws_lambda_function" "statement_ingest" {
  function_name = "payments-statement-ingest"
  role          = "arn:aws:iam::123456789012:role/payments-statement-ingest"
  runtime       = "python3.12"
  handler       = "app.handler"
  filename      = "statement_ingest.zip"

  dead_letter_config {
    target_arn = aws_sqs_queue.lambda_dlq.arn
  }
}

resource "aws_lambda_function" "chargeback_notify" {
  function_name = "payments-chargeback-notify"
  role          = "arn:aws:iam::123456789012:role/payments-chargeback-notify"
  runtime       = "python3.12"
  handler       = "app.handler"
  filename      = "chargeback_notify.zip"
}

resource "aws_lambda_function_event_invoke_config" "chargeback_notify" {
  function_name = aws_lambda_function.chargeback_notify.function_name

  destination_config {
    on_failure {
      destination = aws_sqs_queue.lambda_dlq.arn
    }
  }
}
