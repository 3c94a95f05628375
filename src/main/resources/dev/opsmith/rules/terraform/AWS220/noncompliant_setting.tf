# settings: minDays=730
resource "aws_cloudwatch_log_group" "card_audit" {
  name              = "/payments/card-audit"
  retention_in_days = 400 # expect: AWS220
}
