variable "frontend_protocol" {
  type = string # no default: the protocol is unknown, so nothing is decided
}

resource "aws_elb" "legacy_3ds" {
  name               = "legacy-3ds"
  availability_zones = ["eu-west-1a", "eu-west-1b"]

  listener {
    instance_port      = 8443
    instance_protocol  = "https"
    lb_port            = 443
    lb_protocol        = "https"
    ssl_certificate_id = "arn:aws:acm:eu-west-1:123456789012:certificate/0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0"
  }

  listener {
    instance_port      = 9100
    instance_protocol  = "tcp"
    lb_port            = 9443
    lb_protocol        = "ssl"
    ssl_certificate_id = "arn:aws:acm:eu-west-1:123456789012:certificate/0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0"
  }

  listener {
    instance_port     = 8444
    instance_protocol = "https"
    lb_port           = 8444
    lb_protocol       = var.frontend_protocol
  }
}
