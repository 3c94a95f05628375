resource "aws_db_instance" "ledger" { # expect: AWS178
  identifier        = "ledger-prod"
  engine            = "postgres"
  instance_class    = "db.r6g.large"
  allocated_storage = 200
  storage_encrypted = true
}

resource "aws_rds_cluster" "cards" {
  cluster_identifier                  = "cards-prod"
  engine                              = "aurora-mysql"
  storage_encrypted                   = true
  iam_database_authentication_enabled = false # expect: AWS178
}
