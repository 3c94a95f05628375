resource "aws_wafv2_web_acl" "edge" {
  name  = "payments-edge"
  scope = "REGIONAL"

  default_action { # expect: AWS314
    allow {}
  }

  visibility_config {
    cloudwatch_metrics_enabled = true
    metric_name                = "payments-edge"
    sampled_requests_enabled   = true
  }
}

resource "aws_wafv2_web_acl" "merchant" {
  name  = "payments-merchant"
  scope = "REGIONAL"

  default_action { # expect: AWS314
    allow {}
  }

  dynamic "rule" {
    for_each = []
    content {
      name     = rule.value
      priority = 1
      action {
        block {}
      }
      statement {
        ip_set_reference_statement {
          arn = rule.value
        }
      }
      visibility_config {
        cloudwatch_metrics_enabled = true
        metric_name                = "blocked"
        sampled_requests_enabled   = true
      }
    }
  }

  visibility_config {
    cloudwatch_metrics_enabled = true
    metric_name                = "payments-merchant"
    sampled_requests_enabled   = true
  }
}
