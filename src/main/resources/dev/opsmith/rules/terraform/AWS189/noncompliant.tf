resource "aws_db_instance" "ledger" {
  identifier         = "ledger-prod"
  engine             = "postgres"
  instance_class     = "db.r6g.large"
  allocated_storage  = 200
  storage_encrypted  = true
  ca_cert_identifier = "rds-ca-2019" # expect: AWS189
}

resource "aws_rds_cluster_instance" "payments_writer" {
  identifier         = "payments-writer"
  cluster_identifier = "payments"
  engine             = "aurora-mysql"
  instance_class     = "db.r6g.large"
  ca_cert_identifier = "rds-ca-2015" # expect: AWS189
}
