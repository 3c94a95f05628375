variable "listener_protocol" {
  type = string # no default: whether the listener is HTTP is unknown, so nothing is decided
}

resource "aws_lb" "checkout" {
  name               = "checkout-public"
  load_balancer_type = "application"
  subnets            = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
}

resource "aws_lb_listener" "checkout_https" {
  load_balancer_arn = aws_lb.checkout.arn
  port              = 443
  protocol          = "HTTPS"
  ssl_policy        = "ELBSecurityPolicy-TLS13-1-2-2021-06"
  certificate_arn   = "arn:aws:acm:eu-west-1:123456789012:certificate/0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0"

  default_action {
    type             = "forward"
    target_group_arn = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/checkout/0123456789abcdef"
  }
}

resource "aws_lb_listener" "checkout_http" {
  load_balancer_arn = aws_lb.checkout.arn
  port              = 80
  protocol          = "HTTP"

  default_action {
    type = "redirect"

    redirect {
      port        = "443"
      protocol    = "HTTPS"
      status_code = "HTTP_301"
    }
  }
}

# Provider alias, answering port 80 with a fixed response only.
resource "aws_alb" "merchant_portal" {
  name    = "merchant-portal"
  subnets = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
}

resource "aws_alb_listener" "merchant_portal" {
  load_balancer_arn = aws_alb.merchant_portal.arn
  port              = 80

  default_action {
    type = "fixed-response"

    fixed_response {
      content_type = "text/plain"
      message_body = "Use https://portal.example-payments.com"
      status_code  = "426"
    }
  }
}

# A network load balancer's listener without protocol is TCP.
resource "aws_lb" "card_switch" {
  name               = "card-switch"
  load_balancer_type = "network"
  internal           = true
  subnets            = ["subnet-0a1b2c3d"]
}

resource "aws_lb_listener" "card_switch" {
  load_balancer_arn = aws_lb.card_switch.arn
  port              = 9100

  default_action {
    type             = "forward"
    target_group_arn = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/switch/0123456789abcdef"
  }
}

resource "aws_lb_listener" "settlement" {
  load_balancer_arn = aws_lb.checkout.arn
  port              = 8080
  protocol          = var.listener_protocol

  default_action {
    type             = "forward"
    target_group_arn = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/settle/0123456789abcdef"
  }
}
