variable "vpc_id" {
  type    = string
  default = "vpc-0a1b2c3d"
}

variable "analyst_cidr" {
  type = string # no default: the source is unknown, so nothing is decided
}

resource "aws_security_group" "reconciliation_desktop" {
  name        = "reconciliation-desktop"
  description = "Windows jump host of the reconciliation team"
  vpc_id      = var.vpc_id

  ingress {
    description = "RDP from the corporate VPN only"
    from_port   = 3389
    to_port     = 3389
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

resource "aws_security_group_rule" "analyst_rdp" {
  type              = "ingress"
  from_port         = 3389
  to_port           = 3389
  protocol          = "tcp"
  cidr_blocks       = [var.analyst_cidr]
  security_group_id = aws_security_group.reconciliation_desktop.id
}

resource "aws_vpc_security_group_ingress_rule" "bastion_rdp" {
  security_group_id            = aws_security_group.reconciliation_desktop.id
  from_port                    = 3389
  to_port                      = 3389
  ip_protocol                  = "tcp"
  referenced_security_group_id = "sg-0bastion0000001"
}
