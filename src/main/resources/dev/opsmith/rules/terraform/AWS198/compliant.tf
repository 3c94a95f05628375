variable "access_logs_enabled" {
  type = bool # no default: the flag is unknown, so nothing is decided
}

resource "aws_lb" "checkout" {
  name    = "checkout-public"
  subnets = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]

  access_logs {
    bucket  = "payments-lb-access-logs"
    prefix  = "checkout"
    enabled = true
  }
}

resource "aws_alb" "merchant_portal" {
  name    = "merchant-portal"
  subnets = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]

  access_logs {
    bucket  = "payments-lb-access-logs"
    enabled = var.access_logs_enabled
  }
}

# Classic load balancers log once the block is there: enabled defaults to true.
resource "aws_elb" "legacy_3ds" {
  name               = "legacy-3ds"
  availability_zones = ["eu-west-1a"]

  access_logs {
    bucket   = "payments-lb-access-logs"
    interval = 5
  }

  listener {
    instance_port      = 8443
    instance_protocol  = "https"
    lb_port            = 443
    lb_protocol        = "https"
    ssl_certificate_id = "arn:aws:acm:eu-west-1:123456789012:certificate/0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0"
  }
}

# Gateway load balancers have no access logs.
resource "aws_lb" "inspection" {
  name               = "egress-inspection"
  load_balancer_type = "gateway"
  subnets            = ["subnet-0a1b2c3d"]
}
