resource "aws_db_instance" "ledger" { # expect: AWS182
  identifier        = "ledger-prod"
  engine            = "postgres"
  instance_class    = "db.r6g.large"
  allocated_storage = 200
  storage_encrypted = true
}

resource "aws_rds_cluster_instance" "payments_writer" {
  identifier          = "payments-writer"
  cluster_identifier  = "payments"
  engine              = "aurora-postgresql"
  instance_class      = "db.r6g.large"
  monitoring_interval = 0 # expect: AWS182
}
