resource "aws_security_group" "ledger" {
  name        = "ledger"
  description = "Ledger PostgreSQL"
  vpc_id      = "vpc-0a1b2c3d"

  ingress { # expect: AWS119
    from_port       = 5432
    to_port         = 5432
    protocol        = "tcp"
    security_groups = ["sg-0app0000000000001"]
  }

  egress { # expect: AWS119
    description = ""
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["10.0.0.0/8"]
  }
}

resource "aws_security_group_rule" "replica" { # expect: AWS119
  type              = "ingress"
  from_port         = 5432
  to_port           = 5432
  protocol          = "tcp"
  cidr_blocks       = ["10.30.0.0/16"]
  security_group_id = aws_security_group.ledger.id
}

resource "aws_vpc_security_group_ingress_rule" "backup" { # expect: AWS119
  security_group_id = aws_security_group.ledger.id
  from_port         = 5432
  to_port           = 5432
  ip_protocol       = "tcp"
  cidr_ipv4         = "10.31.0.0/16"
}
