variable "desync_mode" {
  type = string # no default: the mode is unknown, so nothing is decided
}

# Absent: the default, defensive.
resource "aws_lb" "checkout" {
  name                       = "checkout-public"
  subnets                    = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
  drop_invalid_header_fields = true
}

resource "aws_alb" "merchant_portal" {
  name                   = "merchant-portal"
  subnets                = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
  desync_mitigation_mode = "strictest"
}

resource "aws_lb" "partner_api" {
  name                   = "partner-api"
  subnets                = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
  desync_mitigation_mode = var.desync_mode
}
