variable "runtime" {
  type = string # no default: the runtime is unknown, so nothing is decided
}

resource "aws_lambda_function" "fraud_rules" {
  function_name = "payments-fraud-rules"
  role          = "arn:aws:iam::123456789012:role/payments-fraud-rules"
  runtime       = "python3.12"
  handler       = "app.handler"
  filename      = "fraud_rules.zip"
}

resource "aws_lambda_function" "iso20022" {
  function_name = "payments-iso20022"
  role          = "arn:aws:iam::123456789012:role/payments-iso20022"
  runtime       = "provided.al2023"
  handler       = "bootstrap"
  filename      = "iso20022.zip"
}

# Container images bring their own runtime
resource "aws_lambda_function" "reconciliation" {
  function_name = "payments-reconciliation"
  role          = "arn:aws:iam::123456789012:role/payments-reconciliation"
  package_type  = "Image"
  image_uri     = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/payments/reconciliation:1.4.2"
}

resource "aws_lambda_function" "receipts" {
  function_name = "payments-receipts"
  role          = "arn:aws:iam::123456789012:role/payments-receipts"
  runtime       = var.runtime
  handler       = "index.handler"
  filename      = "receipts.zip"
}
