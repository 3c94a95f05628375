resource "aws_cloudwatch_log_group" "payments_api" { # expect: AWS222
  name              = "/payments/api"
  retention_in_days = 400
}

resource "aws_cloudwatch_log_group" "settlement" {
  name              = "/payments/settlement"
  retention_in_days = 400
  kms_key_id        = "" # expect: AWS222
}
