resource "aws_security_group" "media_relay" {
  name        = "media-relay"
  description = "Voice relay for the payments contact centre"
  vpc_id      = "vpc-0a1b2c3d"

  ingress {
    description = "RTP media"
    from_port   = 10000 # expect: AWS116
    to_port     = 20000
    protocol    = "udp"
    cidr_blocks = ["10.0.0.0/8"]
  }
}

resource "aws_vpc_security_group_ingress_rule" "app_ports" {
  security_group_id = aws_security_group.media_relay.id
  description       = "application ports from the VPC"
  from_port         = 1024 # expect: AWS116
  to_port           = 49151
  ip_protocol       = "tcp"
  cidr_ipv4         = "10.0.0.0/8"
}
