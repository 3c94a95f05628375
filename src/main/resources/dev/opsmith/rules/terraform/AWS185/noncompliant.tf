resource "aws_db_instance" "ledger" {
  identifier          = "ledger-prod"
  engine              = "postgres"
  instance_class      = "db.r6g.large"
  allocated_storage   = 200
  storage_encrypted   = true
  skip_final_snapshot = true # expect: AWS185
}

resource "aws_rds_cluster" "payments" {
  cluster_identifier  = "payments-prod"
  engine              = "aurora-postgresql"
  storage_encrypted   = true
  skip_final_snapshot = true # expect: AWS185
}
