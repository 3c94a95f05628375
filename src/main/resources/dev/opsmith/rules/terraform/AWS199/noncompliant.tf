resource "aws_lb" "checkout" { # expect: AWS199
  name                       = "checkout-public"
  subnets                    = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
  drop_invalid_header_fields = true
}

resource "aws_alb" "merchant_portal" {
  name                       = "merchant-portal"
  subnets                    = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
  drop_invalid_header_fields = true
  enable_deletion_protection = false # expect: AWS199
}
