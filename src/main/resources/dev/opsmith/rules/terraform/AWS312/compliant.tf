variable "logged_acl_arn" {
  type = string # no default: this configuration may log the partner ACL, so nothing is decided for it
}

resource "aws_wafv2_web_acl" "edge" {
  name  = "payments-edge"
  scope = "REGIONAL"

  default_action {
    block {}
  }

  visibility_config {
    cloudwatch_metrics_enabled = true
    metric_name                = "payments-edge"
    sampled_requests_enabled   = true
  }
}

resource "aws_wafv2_web_acl" "partner" {
  name  = "payments-partner"
  scope = "REGIONAL"

  default_action {
    block {}
  }

  visibility_config {
    cloudwatch_metrics_enabled = true
    metric_name                = "payments-partner"
    sampled_requests_enabled   = true
  }
}

resource "aws_cloudwatch_log_group" "waf" {
  name              = "aws-waf-logs-payments"
  retention_in_days = 400
}

resource "aws_wafv2_web_acl_logging_configuration" "edge" {
  resource_arn            = aws_wafv2_web_acl.edge.arn
  log_destination_configs = [aws_cloudwatch_log_group.waf.arn]
}

resource "aws_wafv2_web_acl_logging_configuration" "partner" {
  resource_arn            = var.logged_acl_arn
  log_destination_configs = [aws_cloudwatch_log_group.waf.arn]
}
