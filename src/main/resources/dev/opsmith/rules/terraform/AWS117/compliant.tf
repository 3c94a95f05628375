variable "vpc_id" {
  type    = string
  default = "vpc-0a1b2c3d"
}

variable "egress_cidr" {
  type = string # no default: nothing is decided
}

resource "aws_security_group" "card_capture" {
  name        = "card-capture"
  description = "Card capture service"
  vpc_id      = var.vpc_id

  egress {
    description = "HTTPS to the card networks"
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }

  egress {
    description = "everything inside the VPC"
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["10.0.0.0/8"]
  }
}

resource "aws_vpc_security_group_egress_rule" "configurable" {
  security_group_id = aws_security_group.card_capture.id
  ip_protocol       = "-1"
  cidr_ipv4         = var.egress_cidr
}
