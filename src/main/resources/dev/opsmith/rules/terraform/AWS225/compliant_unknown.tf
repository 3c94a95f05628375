variable "rotated_secret" {
  type = string # no default: which secret is rotated is unknown, so nothing is decided
}

resource "aws_lambda_function" "rotator" {
  function_name = "payments-secret-rotator"
  role          = "arn:aws:iam::123456789012:role/payments-secret-rotator"
  runtime       = "python3.12"
  handler       = "rotate.handler"
  filename      = "rotator.zip"
}

resource "aws_secretsmanager_secret" "fx_provider" {
  name = "payments/fx-provider"
}

resource "aws_secretsmanager_secret_rotation" "configured" {
  secret_id           = var.rotated_secret
  rotation_lambda_arn = aws_lambda_function.rotator.arn

  rotation_rules {
    automatically_after_days = 30
  }
}
