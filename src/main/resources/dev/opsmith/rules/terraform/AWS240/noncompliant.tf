resource "aws_lambda_function" "settlement" { # expect: AWS240
  function_name = "payments-settlement"
  role          = "arn:aws:iam::123456789012:role/payments-settlement"
  runtime       = "python3.12"
  handler       = "app.handler"
  filename      = "settlement.zip"
}

resource "aws_lambda_function" "refunds" {
  function_name = "payments-refunds"
  role          = "arn:aws:iam::123456789012:role/payments-refunds"
  runtime       = "nodejs22.x"
  handler       = "index.handler"
  filename      = "refunds.zip"

  tracing_config {
    mode = "PassThrough" # expect: AWS240
  }
}
