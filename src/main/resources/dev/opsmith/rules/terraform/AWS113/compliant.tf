variable "vpc_id" {
  type    = string
  default = "vpc-0a1b2c3d"
}

variable "reporting_cidr" {
  type = string # no default: the source is unknown, so nothing is decided
}

resource "aws_security_group" "ledger_db" {
  name        = "ledger-db"
  description = "PostgreSQL of the payments ledger"
  vpc_id      = var.vpc_id

  ingress {
    description     = "PostgreSQL from the application tier"
    from_port       = 5432
    to_port         = 5432
    protocol        = "tcp"
    security_groups = ["sg-0app0000000000001"]
  }

  ingress {
    description = "HTTPS health endpoint"
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_security_group_rule" "reporting" {
  type              = "ingress"
  from_port         = 5432
  to_port           = 5432
  protocol          = "tcp"
  cidr_blocks       = [var.reporting_cidr]
  security_group_id = aws_security_group.ledger_db.id
}

resource "aws_vpc_security_group_ingress_rule" "vpn_mysql" {
  security_group_id = aws_security_group.ledger_db.id
  from_port         = 3306
  to_port           = 3306
  ip_protocol       = "tcp"
  cidr_ipv4         = "10.20.0.0/16"
}
