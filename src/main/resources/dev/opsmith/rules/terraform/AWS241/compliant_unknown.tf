variable "notified_function" {
  type = string # no default: which function the configuration covers is unknown, so nothing is decided
}

resource "aws_sqs_queue" "lambda_dlq" {
  name = "payments-lambda-dlq"
}

resource "aws_lambda_function" "payout_notify" {
  function_name = "payments-payout-notify"
  role          = "arn:aws:iam::123456789012:role/payments-payout-notify"
  runtime       = "python3.12"
  handler       = "app.handler"
  filename      = "payout_notify.zip"
}

resource "aws_lambda_function_event_invoke_config" "configured" {
  function_name = var.notified_function

  destination_config {
    on_failure {
      destination = aws_sqs_queue.lambda_dlq.arn
    }
  }
}
