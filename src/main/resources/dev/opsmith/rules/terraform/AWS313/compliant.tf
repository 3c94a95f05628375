variable "extra_rule_group" {
  type = string # no default: the group's name is unknown, so nothing is decided
}

resource "aws_lb" "checkout" {
  name    = "checkout-public"
  subnets = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
}

resource "aws_wafv2_web_acl" "edge" {
  name  = "payments-edge"
  scope = "REGIONAL"

  default_action {
    allow {}
  }

  rule {
    name     = "aws-known-bad-inputs"
    priority = 1

    override_action {
      none {}
    }

    statement {
      managed_rule_group_statement {
        vendor_name = "AWS"
        name        = "AWSManagedRulesKnownBadInputsRuleSet"
      }
    }

    visibility_config {
      cloudwatch_metrics_enabled = true
      metric_name                = "aws-known-bad-inputs"
      sampled_requests_enabled   = true
    }
  }

  visibility_config {
    cloudwatch_metrics_enabled = true
    metric_name                = "payments-edge"
    sampled_requests_enabled   = true
  }
}

resource "aws_wafv2_web_acl_association" "checkout" {
  resource_arn = aws_lb.checkout.arn
  web_acl_arn  = aws_wafv2_web_acl.edge.arn
}

resource "aws_wafv2_web_acl" "merchant" {
  name  = "payments-merchant"
  scope = "REGIONAL"

  default_action {
    allow {}
  }

  rule {
    name     = "managed"
    priority = 1

    override_action {
      none {}
    }

    statement {
      managed_rule_group_statement {
        vendor_name = "AWS"
        name        = var.extra_rule_group
      }
    }

    visibility_config {
      cloudwatch_metrics_enabled = true
      metric_name                = "managed"
      sampled_requests_enabled   = true
    }
  }

  visibility_config {
    cloudwatch_metrics_enabled = true
    metric_name                = "payments-merchant"
    sampled_requests_enabled   = true
  }
}

resource "aws_wafv2_web_acl_association" "merchant" {
  resource_arn = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:loadbalancer/app/merchant/0123456789abcdef"
  web_acl_arn  = aws_wafv2_web_acl.merchant.arn
}

# Not used by anything in this configuration: not judged.
resource "aws_wafv2_web_acl" "draft" {
  name  = "payments-draft"
  scope = "REGIONAL"

  default_action {
    block {}
  }

  visibility_config {
    cloudwatch_metrics_enabled = false
    metric_name                = "payments-draft"
    sampled_requests_enabled   = false
  }
}
