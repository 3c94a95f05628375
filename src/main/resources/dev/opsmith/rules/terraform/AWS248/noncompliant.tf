resource "aws_lambda_function" "fraud_rules" {
  function_name = "payments-fraud-rules"
  role          = "arn:aws:iam::123456789012:role/payments-fraud-rules"
  runtime       = "python3.8" # expect: AWS248
  handler       = "app.handler"
  filename      = "fraud_rules.zip"
}

resource "aws_lambda_function" "receipts" {
  function_name = "payments-receipts"
  role          = "arn:aws:iam::123456789012:role/payments-receipts"
  runtime       = "nodejs16.x" # expect: AWS248
  handler       = "index.handler"
  filename      = "receipts.zip"
}

resource "aws_lambda_function" "iso20022" {
  function_name = "payments-iso20022"
  role          = "arn:aws:iam::123456789012:role/payments-iso20022"
  runtime       = "go1.x" # expect: AWS248
  handler       = "bootstrap"
  filename      = "iso20022.zip"
}
