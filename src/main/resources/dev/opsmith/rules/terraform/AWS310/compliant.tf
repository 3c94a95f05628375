variable "protected_lb_arn" {
  type = string # no default: this association may protect any ALB, so nothing is decided for the unprotected one
}

resource "aws_lb" "checkout" {
  name                       = "checkout-public"
  subnets                    = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
  drop_invalid_header_fields = true
}

resource "aws_alb" "merchant_portal" {
  name                       = "merchant-portal"
  subnets                    = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
  drop_invalid_header_fields = true
}

resource "aws_lb" "backoffice" {
  name                       = "backoffice"
  internal                   = true
  subnets                    = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
  drop_invalid_header_fields = true
}

resource "aws_lb" "card_switch" {
  name               = "card-switch"
  load_balancer_type = "network"
  subnets            = ["subnet-0a1b2c3d"]
}

resource "aws_lb" "partner_api" {
  name                       = "partner-api"
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

resource "aws_wafv2_web_acl_association" "checkout" {
  resource_arn = aws_lb.checkout.arn
  web_acl_arn  = aws_wafv2_web_acl.edge.arn
}

resource "aws_wafv2_web_acl_association" "merchant_portal" {
  resource_arn = aws_alb.merchant_portal.arn
  web_acl_arn  = aws_wafv2_web_acl.edge.arn
}

resource "aws_wafv2_web_acl_association" "partner" {
  resource_arn = var.protected_lb_arn
  web_acl_arn  = aws_wafv2_web_acl.edge.arn
}
