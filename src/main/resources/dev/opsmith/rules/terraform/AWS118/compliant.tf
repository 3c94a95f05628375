variable "description" {
  type = string # no default: nothing is decided
}

resource "aws_security_group" "ledger" {
  name        = "ledger"
  description = "Ledger PostgreSQL, reachable from the payments API only"
  vpc_id      = "vpc-0a1b2c3d"
}

resource "aws_security_group" "reports" {
  name        = "reports"
  description = var.description
  vpc_id      = "vpc-0a1b2c3d"
}
