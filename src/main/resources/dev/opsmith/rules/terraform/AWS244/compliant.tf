variable "env_key_arn" {
  type = string # no default: the key is unknown, so nothing is decided
}

resource "aws_kms_key" "lambda_env" {
  description         = "Encrypts payments function environments"
  enable_key_rotation = true
}

resource "aws_lambda_function" "ledger_sync" {
  function_name = "payments-ledger-sync"
  role          = "arn:aws:iam::123456789012:role/payments-ledger-sync"
  runtime       = "java21"
  handler       = "com.example.ledger.Handler"
  filename      = "ledger_sync.zip"
  kms_key_arn   = aws_kms_key.lambda_env.arn

  environment {
    variables = {
      LEDGER_TABLE = "payments-ledger"
    }
  }
}

# No variables: nothing to encrypt
resource "aws_lambda_function" "heartbeat" {
  function_name = "payments-heartbeat"
  role          = "arn:aws:iam::123456789012:role/payments-heartbeat"
  runtime       = "python3.12"
  handler       = "app.handler"
  filename      = "heartbeat.zip"
}

resource "aws_lambda_function" "fx_rates" {
  function_name = "payments-fx-rates"
  role          = "arn:aws:iam::123456789012:role/payments-fx-rates"
  runtime       = "python3.12"
  handler       = "app.handler"
  filename      = "fx_rates.zip"
  kms_key_arn   = var.env_key_arn

  environment {
    variables = {
      RATES_BUCKET = "payments-fx-rates"
    }
  }
}
