resource "aws_lb" "checkout" { # expect: AWS197
  name                       = "checkout-public"
  subnets                    = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
  enable_deletion_protection = true
}

resource "aws_alb" "merchant_portal" {
  name                       = "merchant-portal"
  load_balancer_type         = "application"
  subnets                    = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
  drop_invalid_header_fields = false # expect: AWS197
}
