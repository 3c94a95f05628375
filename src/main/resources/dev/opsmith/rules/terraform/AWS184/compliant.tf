variable "cluster_key_arn" {
  type = string # no default: nothing is decided
}

resource "aws_kms_key" "rds" {
  description         = "payments databases"
  enable_key_rotation = true
}

resource "aws_db_instance" "ledger" {
  identifier        = "ledger"
  engine            = "postgres"
  instance_class    = "db.m6g.large"
  allocated_storage = 100
  storage_encrypted = true
  kms_key_id        = aws_kms_key.rds.arn
}

resource "aws_rds_cluster" "payments" {
  cluster_identifier = "payments"
  engine             = "aurora-postgresql"
  storage_encrypted  = true
  kms_key_id         = var.cluster_key_arn
}
