resource "aws_lb" "checkout" { # expect: AWS198
  name    = "checkout-public"
  subnets = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
}

resource "aws_alb" "merchant_portal" {
  name    = "merchant-portal"
  subnets = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]

  access_logs { # expect: AWS198
    bucket = "payments-lb-access-logs"
  }
}

resource "aws_lb" "card_switch" {
  name               = "card-switch"
  load_balancer_type = "network"
  subnets            = ["subnet-0a1b2c3d"]

  access_logs {
    bucket  = "payments-lb-access-logs"
    enabled = false # expect: AWS198
  }
}

resource "aws_elb" "legacy_3ds" { # expect: AWS198
  name               = "legacy-3ds"
  availability_zones = ["eu-west-1a"]

  listener {
    instance_port      = 8443
    instance_protocol  = "https"
    lb_port            = 443
    lb_protocol        = "https"
    ssl_certificate_id = "arn:aws:acm:eu-west-1:123456789012:certificate/0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0"
  }
}
