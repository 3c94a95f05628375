variable "replica_note" {
  type = string # no default: nothing is decided
}

resource "aws_security_group" "ledger" {
  name        = "ledger"
  description = "Ledger PostgreSQL"
  vpc_id      = "vpc-0a1b2c3d"

  ingress {
    description     = "PostgreSQL from the payments API"
    from_port       = 5432
    to_port         = 5432
    protocol        = "tcp"
    security_groups = ["sg-0app0000000000001"]
  }
}

resource "aws_security_group_rule" "replica" {
  type              = "ingress"
  description       = var.replica_note
  from_port         = 5432
  to_port           = 5432
  protocol          = "tcp"
  cidr_blocks       = ["10.30.0.0/16"]
  security_group_id = aws_security_group.ledger.id
}

resource "aws_vpc_security_group_egress_rule" "backup" {
  security_group_id = aws_security_group.ledger.id
  description       = "PostgreSQL to the backup replica"
  from_port         = 5432
  to_port           = 5432
  ip_protocol       = "tcp"
  cidr_ipv4         = "10.31.0.0/16"
}
