variable "vpc_id" {
  type    = string
  default = "vpc-0a1b2c3d"
}

resource "aws_security_group" "ledger_db" {
  name        = "ledger-db"
  description = "PostgreSQL of the payments ledger"
  vpc_id      = var.vpc_id

  ingress {
    description = "PostgreSQL for the reporting vendor"
    from_port   = 5432
    to_port     = 5432
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"] # expect: AWS113
  }
}

resource "aws_security_group" "sessions_cache" {
  name        = "sessions-cache"
  description = "Redis and Memcached for checkout sessions"
  vpc_id      = var.vpc_id
}

resource "aws_security_group_rule" "cache_range" {
  type              = "ingress"
  from_port         = 6000
  to_port           = 12000
  protocol          = "tcp"
  ipv6_cidr_blocks  = ["::/0"] # expect: AWS113
  security_group_id = aws_security_group.sessions_cache.id
}

resource "aws_vpc_security_group_ingress_rule" "mongo" {
  security_group_id = aws_security_group.sessions_cache.id
  from_port         = 27017
  to_port           = 27019
  ip_protocol       = "tcp"
  cidr_ipv4         = "0.0.0.0/0" # expect: AWS113
}
