resource "aws_lb" "checkout" { # expect: AWS310
  name                       = "checkout-public"
  subnets                    = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
  drop_invalid_header_fields = true
}

resource "aws_alb" "merchant_portal" { # expect: AWS310
  name                       = "merchant-portal"
  internal                   = false
  subnets                    = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
  drop_invalid_header_fields = true
}

resource "aws_wafv2_web_acl" "edge" {
  name  = "payments-edge"
  scope = "REGIONAL"

  default_action {
    allow {}
  }

  visibility_config {
    cloudwatch_metrics_enabled = true
    metric_name                = "payments-edge"
    sampled_requests_enabled   = true
  }
}

# Associated with another stack's load balancer, not with the two above.
resource "aws_wafv2_web_acl_association" "partner" {
  resource_arn = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:loadbalancer/app/partner/0123456789abcdef"
  web_acl_arn  = aws_wafv2_web_acl.edge.arn
}
