resource "aws_lb" "checkout" {
  name    = "checkout-public"
  subnets = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
}

# Only a rate limit: no managed baseline.
resource "aws_wafv2_web_acl" "edge" { # expect: AWS313
  name  = "payments-edge"
  scope = "REGIONAL"

  default_action {
    allow {}
  }

  rule {
    name     = "rate-limit"
    priority = 1

    action {
      block {}
    }

    statement {
      rate_based_statement {
        limit              = 2000
        aggregate_key_type = "IP"
      }
    }

    visibility_config {
      cloudwatch_metrics_enabled = true
      metric_name                = "rate-limit"
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

# The baseline group, but counting only.
resource "aws_wafv2_web_acl" "merchant" {
  name  = "payments-merchant"
  scope = "REGIONAL"

  default_action {
    allow {}
  }

  rule {
    name     = "aws-common"
    priority = 1

    override_action { # expect: AWS313
      count {}
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
    metric_name                = "payments-merchant"
    sampled_requests_enabled   = true
  }
}

resource "aws_wafv2_web_acl_association" "merchant" {
  resource_arn = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:loadbalancer/app/merchant/0123456789abcdef"
  web_acl_arn  = aws_wafv2_web_acl.merchant.arn
}
