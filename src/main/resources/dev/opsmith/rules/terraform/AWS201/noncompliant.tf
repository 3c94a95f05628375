resource "aws_lb" "checkout" {
  name                       = "checkout-public"
  subnets                    = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
  drop_invalid_header_fields = true
  desync_mitigation_mode     = "monitor" # expect: AWS201
}

resource "aws_alb" "merchant_portal" {
  name                   = "merchant-portal"
  subnets                = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
  desync_mitigation_mode = "monitor" # expect: AWS201
}
