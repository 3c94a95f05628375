resource "aws_db_instance" "ledger" { # expect: AWS186
  identifier        = "ledger-prod"
  engine            = "postgres"
  instance_class    = "db.r6g.large"
  allocated_storage = 200
  storage_encrypted = true
}

resource "aws_rds_cluster" "payments" {
  cluster_identifier    = "payments-prod"
  engine                = "aurora-postgresql"
  storage_encrypted     = true
  copy_tags_to_snapshot = false # expect: AWS186
}
