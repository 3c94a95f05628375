resource "aws_lambda_function" "payout_batch" { # expect: AWS250
  function_name = "payments-payout-batch"
  role          = "arn:aws:iam::123456789012:role/payments-payout-batch"
  runtime       = "python3.12"
  handler       = "app.handler"
  filename      = "payout_batch.zip"
}
