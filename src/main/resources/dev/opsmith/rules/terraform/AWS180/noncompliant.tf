resource "aws_db_instance" "ledger" {
  identifier                   = "ledger"
  engine                       = "postgres"
  instance_class               = "db.m6g.large"
  allocated_storage            = 100
  storage_encrypted            = true
  performance_insights_enabled = true # expect: AWS180
}

resource "aws_rds_cluster_instance" "payments_1" {
  identifier                      = "payments-1"
  cluster_identifier              = "payments"
  engine                          = "aurora-postgresql"
  instance_class                  = "db.r6g.large"
  performance_insights_enabled    = true
  performance_insights_kms_key_id = "arn:aws:kms:eu-west-1:111122223333:alias/aws/rds" # expect: AWS180
}
