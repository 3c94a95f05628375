variable "protect_from_deletion" {
  type = bool # no default: the flag is unknown, so nothing is decided
}

resource "aws_lb" "checkout" {
  name                       = "checkout-public"
  subnets                    = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
  drop_invalid_header_fields = true
  enable_deletion_protection = true
}

resource "aws_alb" "merchant_portal" {
  name                       = "merchant-portal"
  subnets                    = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
  drop_invalid_header_fields = true
  enable_deletion_protection = true
}

resource "aws_lb" "card_switch" {
  name                       = "card-switch"
  load_balancer_type         = "network"
  internal                   = true
  subnets                    = ["subnet-0a1b2c3d"]
  enable_deletion_protection = var.protect_from_deletion
}
