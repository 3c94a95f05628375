resource "aws_db_instance" "ledger" { # expect: AWS173
  identifier        = "ledger"
  engine            = "postgres"
  instance_class    = "db.m6g.large"
  allocated_storage = 100
  storage_encrypted = true
}

resource "aws_db_instance" "reporting" {
  identifier              = "reporting"
  engine                  = "mysql"
  instance_class          = "db.t4g.medium"
  allocated_storage       = 50
  backup_retention_period = 0 # expect: AWS173
}

resource "aws_rds_cluster" "payments" {
  cluster_identifier      = "payments"
  engine                  = "aurora-postgresql"
  storage_encrypted       = true
  backup_retention_period = 3 # expect: AWS173
}
