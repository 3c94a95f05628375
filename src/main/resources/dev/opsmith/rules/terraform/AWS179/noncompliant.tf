resource "aws_db_instance" "ledger" {
  identifier                 = "ledger-prod"
  engine                     = "postgres"
  instance_class             = "db.r6g.large"
  allocated_storage          = 200
  storage_encrypted          = true
  auto_minor_version_upgrade = false # expect: AWS179
}

resource "aws_rds_cluster_instance" "payments_writer" {
  identifier                 = "payments-writer"
  cluster_identifier         = "payments"
  engine                     = "aurora-postgresql"
  instance_class             = "db.r6g.large"
  auto_minor_version_upgrade = false # expect: AWS179
}
