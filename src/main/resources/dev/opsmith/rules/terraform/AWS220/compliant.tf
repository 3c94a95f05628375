variable "api_log_retention" {
  type = number # no default: nothing is decided
}

resource "aws_cloudwatch_log_group" "payments_api" {
  name              = "/payments/api"
  retention_in_days = 400
}

resource "aws_cloudwatch_log_group" "card_audit" {
  name              = "/payments/card-audit"
  retention_in_days = 0
}

resource "aws_cloudwatch_log_group" "settlements" {
  name = "/payments/settlements"
}

resource "aws_cloudwatch_log_group" "webhooks" {
  name              = "/payments/webhooks"
  retention_in_days = var.api_log_retention
}
