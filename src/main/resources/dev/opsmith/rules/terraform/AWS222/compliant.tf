variable "logs_kms_key_arn" {
  type = string # no default: the key is unknown, so nothing is decided
}

resource "aws_kms_key" "logs" {
  description         = "Encrypts payment service logs"
  enable_key_rotation = true
}

resource "aws_cloudwatch_log_group" "payments_api" {
  name              = "/payments/api"
  retention_in_days = 400
  kms_key_id        = aws_kms_key.logs.arn
}

resource "aws_cloudwatch_log_group" "settlement" {
  name              = "/payments/settlement"
  retention_in_days = 400
  kms_key_id        = var.logs_kms_key_arn
}
