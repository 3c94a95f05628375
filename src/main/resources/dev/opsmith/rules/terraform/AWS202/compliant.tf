variable "target_protocol" {
  type = string # no default: the protocol is unknown, so nothing is decided
}

resource "aws_lb_target_group" "checkout" {
  name     = "checkout-api"
  port     = 8443
  protocol = "HTTPS"
  vpc_id   = "vpc-0c0ffee0"
}

resource "aws_alb_target_group" "card_switch" {
  name     = "card-switch"
  port     = 9443
  protocol = "TLS"
  vpc_id   = "vpc-0c0ffee0"
}

# Lambda targets have no protocol.
resource "aws_lb_target_group" "webhooks" {
  name        = "merchant-webhooks"
  target_type = "lambda"
}

resource "aws_lb_target_group" "settlement" {
  name     = "settlement"
  port     = 8443
  protocol = var.target_protocol
  vpc_id   = "vpc-0c0ffee0"
}
