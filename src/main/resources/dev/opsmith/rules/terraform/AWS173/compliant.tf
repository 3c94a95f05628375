variable "ledger_backup_days" {
  type = number # no default: nothing is decided
}

resource "aws_db_instance" "ledger" {
  identifier              = "ledger"
  engine                  = "postgres"
  instance_class          = "db.m6g.large"
  allocated_storage       = 100
  storage_encrypted       = true
  backup_retention_period = var.ledger_backup_days
}

resource "aws_db_instance" "ledger_replica" {
  identifier          = "ledger-replica"
  replicate_source_db = aws_db_instance.ledger.identifier
  instance_class      = "db.m6g.large"
}

resource "aws_rds_cluster" "payments" {
  cluster_identifier      = "payments"
  engine                  = "aurora-postgresql"
  storage_encrypted       = true
  backup_retention_period = 14
}
