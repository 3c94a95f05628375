variable "vpc_id" {
  type    = string
  default = "vpc-0a1b2c3d"
}

variable "office_cidr" {
  type = string # no default: the sources are unknown, so nothing is decided
}

resource "aws_security_group" "bastion" {
  name   = "payments-bastion"
  vpc_id = var.vpc_id

  ingress {
    description = "SSH from the corporate VPN only"
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["10.20.0.0/16"]
  }

  ingress {
    description = "HTTPS from the internet"
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_vpc_security_group_ingress_rule" "office_ssh" {
  security_group_id = aws_security_group.bastion.id
  from_port         = 22
  to_port           = 22
  ip_protocol       = "tcp"
  cidr_ipv4         = var.office_cidr
}
