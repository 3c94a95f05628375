variable "internal_lb" {
  type = bool # no default: the scheme is unknown, so nothing is decided
}

resource "aws_lb" "backoffice" {
  name     = "backoffice"
  internal = true
  subnets  = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
}

resource "aws_alb" "ledger" {
  name     = "ledger"
  internal = var.internal_lb
  subnets  = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
}

resource "aws_lb" "inspection" {
  name               = "egress-inspection"
  load_balancer_type = "gateway"
  subnets            = ["subnet-0a1b2c3d"]
}

resource "aws_elb" "legacy_batch" {
  name     = "legacy-batch"
  internal = true
  subnets  = ["subnet-0a1b2c3d"]

  listener {
    instance_port      = 8443
    instance_protocol  = "https"
    lb_port            = 443
    lb_protocol        = "https"
    ssl_certificate_id = "arn:aws:acm:eu-west-1:123456789012:certificate/0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0"
  }
}
