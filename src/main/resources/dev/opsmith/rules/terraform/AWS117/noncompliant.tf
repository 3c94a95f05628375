variable "vpc_id" {
  type    = string
  default = "vpc-0a1b2c3d"
}

resource "aws_security_group" "card_capture" {
  name        = "card-capture"
  description = "Card capture service"
  vpc_id      = var.vpc_id

  egress {
    description = "anything, anywhere"
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"] # expect: AWS117
  }
}

resource "aws_security_group_rule" "card_capture_v6" {
  type              = "egress"
  from_port         = 0
  to_port           = 65535
  protocol          = "tcp"
  ipv6_cidr_blocks  = ["::/0"] # expect: AWS117
  security_group_id = aws_security_group.card_capture.id
}

resource "aws_vpc_security_group_egress_rule" "card_capture_all" {
  security_group_id = aws_security_group.card_capture.id
  ip_protocol       = "-1"
  cidr_ipv4         = "0.0.0.0/0" # expect: AWS117
}
