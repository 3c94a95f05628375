variable "blocked_ip_set_arns" {
  type = list(string) # no default: whether any rule exists is unknown, so nothing is decided
}

resource "aws_wafv2_web_acl" "edge" {
  name  = "payments-edge"
  scope = "REGIONAL"

  default_action {
    allow {}
  }

  rule {
    name     = "aws-common"
    priority = 1

    override_action {
      none {}
    }

    statement {
      managed_rule_group_statement {
        vendor_name = "AWS"
        name        = "AWSManagedRulesCommonRuleSet"
      }
    }

    visibility_config {
      cloudwatch_metrics_enabled = true
      metric_name                = "aws-common"
      sampled_requests_enabled   = true
    }
  }

  visibility_config {
    cloudwatch_metrics_enabled = true
    metric_name                = "payments-edge"
    sampled_requests_enabled   = true
  }
}

# Blocks by default: an empty rule list lets nothing through.
resource "aws_wafv2_web_acl" "backoffice" {
  name  = "payments-backoffice"
  scope = "REGIONAL"

  default_action {
    block {}
  }

  visibility_config {
    cloudwatch_metrics_enabled = true
    metric_name                = "payments-backoffice"
    sampled_requests_enabled   = true
  }
}

resource "aws_wafv2_web_acl" "merchant" {
  name  = "payments-merchant"
  scope = "REGIONAL"

  default_action {
    allow {}
  }

  dynamic "rule" {
    for_each = var.blocked_ip_set_arns
    content {
      name     = "blocked-${rule.key}"
      priority = rule.key
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
        metric_name                = "blocked-${rule.key}"
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
