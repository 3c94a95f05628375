variable "psp_api_key" {
  type    = string
  default = "pk9Xw2LmQ7rT4vB8" # a default is written in the code too
}

resource "aws_lambda_function" "card_capture" {
  function_name = "payments-card-capture"
  role          = "arn:aws:iam::123456789012:role/payments-card-capture"
  runtime       = "python3.12"
  handler       = "app.handler"
  filename      = "card_capture.zip"

  environment {
    variables = {
      LEDGER_TABLE   = "payments-ledger"
      DB_PASSWORD    = "Tr0ub4dor&3-ledger" # expect: AWS243
      PSP_API_KEY    = var.psp_api_key # expect: AWS243
      UPSTREAM_KEYID = "AKIAZ7QH3LMN4PQR5STU" # expect: AWS243
    }
  }
}
