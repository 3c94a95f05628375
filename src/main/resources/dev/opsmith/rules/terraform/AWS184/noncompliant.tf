resource "aws_db_instance" "ledger" {
  identifier        = "ledger"
  engine            = "postgres"
  instance_class    = "db.m6g.large"
  allocated_storage = 100
  storage_encrypted = true # expect: AWS184
}

resource "aws_rds_cluster" "payments" {
  cluster_identifier = "payments"
  engine             = "aurora-postgresql"
  storage_encrypted  = true
  kms_key_id         = "alias/aws/rds" # expect: AWS184
}
