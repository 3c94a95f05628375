variable "first_port" {
  type = number # no default: nothing is decided
}

resource "aws_security_group" "media_relay" {
  name        = "media-relay"
  description = "Voice relay for the payments contact centre"
  vpc_id      = "vpc-0a1b2c3d"

  ingress {
    description = "SIP over TLS"
    from_port   = 5061
    to_port     = 5061
    protocol    = "tcp"
    cidr_blocks = ["10.0.0.0/8"]
  }

  ingress {
    description = "everything from the VPC"
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["10.0.0.0/8"]
  }
}

resource "aws_security_group_rule" "configurable" {
  type              = "ingress"
  description       = "configurable media range"
  from_port         = var.first_port
  to_port           = 20000
  protocol          = "udp"
  cidr_blocks       = ["10.0.0.0/8"]
  security_group_id = aws_security_group.media_relay.id
}
