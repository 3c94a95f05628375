resource "aws_lb_target_group" "checkout" {
  name     = "checkout-api"
  port     = 8080
  protocol = "HTTP" # expect: AWS202
  vpc_id   = "vpc-0c0ffee0"
}

resource "aws_alb_target_group" "merchant_portal" {
  name     = "merchant-portal"
  port     = 80
  protocol = "HTTP" # expect: AWS202
  vpc_id   = "vpc-0c0ffee0"
}
