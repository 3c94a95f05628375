variable "force_ssl" {
  type = string # no default: nothing is decided for the settlements group
}

resource "aws_db_parameter_group" "ledger" {
  name   = "ledger-postgres14"
  family = "postgres14"

  parameter {
    name  = "rds.force_ssl"
    value = "1"
  }
}

resource "aws_db_parameter_group" "ledger16" {
  name   = "ledger-postgres16"
  family = "postgres16"
}

resource "aws_rds_cluster_parameter_group" "payments" {
  name   = "payments-aurora-mysql8"
  family = "aurora-mysql8.0"

  parameter {
    name  = "require_secure_transport"
    value = "ON"
  }
}

resource "aws_db_parameter_group" "settlements" {
  name   = "settlements-postgres13"
  family = "postgres13"

  parameter {
    name  = "rds.force_ssl"
    value = var.force_ssl
  }
}

resource "aws_db_instance" "reporting" {
  identifier        = "reporting"
  engine            = "postgres"
  engine_version    = "16.4"
  instance_class    = "db.t4g.medium"
  allocated_storage = 50
  storage_encrypted = true
}

resource "aws_db_instance" "ledger" {
  identifier           = "ledger"
  engine               = "postgres"
  engine_version       = "14.12"
  instance_class       = "db.m6g.large"
  allocated_storage    = 100
  storage_encrypted    = true
  parameter_group_name = aws_db_parameter_group.ledger.name
}
