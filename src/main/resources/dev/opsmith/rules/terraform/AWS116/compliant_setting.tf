# settings: maxWidth=20000
resource "aws_security_group" "media_relay" {
  name        = "media-relay"
  description = "Voice relay for the payments contact centre"
  vpc_id      = "vpc-0a1b2c3d"

  ingress {
    description = "RTP media"
    from_port   = 10000
    to_port     = 20000
    protocol    = "udp"
    cidr_blocks = ["10.0.0.0/8"]
  }
}
