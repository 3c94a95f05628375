resource "aws_lb" "checkout" {
  name               = "checkout-public"
  load_balancer_type = "application"
  subnets            = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
}

resource "aws_lb_target_group" "checkout" {
  name     = "checkout-api"
  port     = 8443
  protocol = "HTTPS"
  vpc_id   = "vpc-0c0ffee0"
}

resource "aws_lb_listener" "checkout_http" {
  load_balancer_arn = aws_lb.checkout.arn
  port              = 80
  protocol          = "HTTP" # expect: AWS195

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.checkout.arn
  }
}

# Provider alias: aws_alb / aws_alb_listener. No protocol on an ALB listener means HTTP.
resource "aws_alb" "merchant_portal" {
  name    = "merchant-portal"
  subnets = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
}

resource "aws_alb_listener" "merchant_portal" { # expect: AWS195
  load_balancer_arn = aws_alb.merchant_portal.arn
  port              = 80

  default_action {
    type = "redirect"

    redirect {
      port        = "8080"
      status_code = "HTTP_302"
    }
  }
}
