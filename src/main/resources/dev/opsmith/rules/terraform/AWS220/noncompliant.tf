resource "aws_cloudwatch_log_group" "payments_api" {
  name              = "/payments/api"
  retention_in_days = 30 # expect: AWS220
}
