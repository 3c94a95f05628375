resource "aws_elb" "legacy_3ds" {
  name               = "legacy-3ds"
  availability_zones = ["eu-west-1a", "eu-west-1b"]

  listener {
    instance_port     = 8080
    instance_protocol = "http"
    lb_port           = 80
    lb_protocol       = "http" # expect: AWS200
  }

  listener {
    instance_port     = 9100
    instance_protocol = "tcp"
    lb_port           = 9100
    lb_protocol       = "TCP" # expect: AWS200
  }

  listener {
    instance_port      = 8443
    instance_protocol  = "https"
    lb_port            = 443
    lb_protocol        = "https"
    ssl_certificate_id = "arn:aws:acm:eu-west-1:123456789012:certificate/0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0"
  }
}
