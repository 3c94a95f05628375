resource "aws_lb" "checkout" {
  name    = "checkout-public"
  subnets = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
}

# No ssl_policy: the 2016 default still accepts TLS 1.0.
resource "aws_lb_listener" "checkout_https" { # expect: AWS196
  load_balancer_arn = aws_lb.checkout.arn
  port              = 443
  protocol          = "HTTPS"
  certificate_arn   = "arn:aws:acm:eu-west-1:123456789012:certificate/0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0"

  default_action {
    type             = "forward"
    target_group_arn = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/checkout/0123456789abcdef"
  }
}

# Provider alias, TLS 1.1 policy.
resource "aws_alb_listener" "merchant_api" {
  load_balancer_arn = aws_lb.checkout.arn
  port              = 8443
  protocol          = "HTTPS"
  ssl_policy        = "ELBSecurityPolicy-TLS-1-1-2017-01" # expect: AWS196
  certificate_arn   = "arn:aws:acm:eu-west-1:123456789012:certificate/0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0"

  default_action {
    type             = "forward"
    target_group_arn = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/merchant/0123456789abcdef"
  }
}
