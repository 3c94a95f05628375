resource "aws_kms_key" "logs" {
  description         = "Encrypts payment service logs"
  enable_key_rotation = true
}

resource "aws_cloudwatch_log_group" "payments_api" { # expect: AWS221
  name       = "/payments/api"
  kms_key_id = aws_kms_key.logs.arn
}

resource "aws_cloudwatch_log_group" "settlement" { # expect: AWS221
  name              = "/payments/settlement"
  retention_in_days = 0
  kms_key_id        = aws_kms_key.logs.arn
}
