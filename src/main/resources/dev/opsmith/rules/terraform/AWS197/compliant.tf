variable "drop_invalid_headers" {
  type = bool # no default: the flag is unknown, so nothing is decided
}

resource "aws_lb" "checkout" {
  name                       = "checkout-public"
  subnets                    = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
  drop_invalid_header_fields = true
}

resource "aws_alb" "merchant_portal" {
  name                       = "merchant-portal"
  subnets                    = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
  drop_invalid_header_fields = var.drop_invalid_headers
}

# A network load balancer does not parse HTTP headers.
resource "aws_lb" "card_switch" {
  name               = "card-switch"
  load_balancer_type = "network"
  internal           = true
  subnets            = ["subnet-0a1b2c3d"]
}
