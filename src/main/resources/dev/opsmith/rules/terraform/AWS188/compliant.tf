variable "reporting_password" {
  type      = string
  sensitive = true # no default: supplied at apply time, never in the code
}

resource "random_password" "ledger" {
  length  = 32
  special = true
}

resource "aws_db_instance" "ledger" {
  identifier        = "ledger"
  engine            = "postgres"
  instance_class    = "db.m6g.large"
  allocated_storage = 100
  storage_encrypted = true
  username          = "ledger_admin"
  password          = random_password.ledger.result
}

resource "aws_db_instance" "reporting" {
  identifier        = "reporting"
  engine            = "postgres"
  instance_class    = "db.t4g.medium"
  allocated_storage = 50
  username          = "reporting_admin"
  password          = var.reporting_password
}

resource "aws_rds_cluster" "payments" {
  cluster_identifier          = "payments"
  engine                      = "aurora-postgresql"
  storage_encrypted           = true
  master_username             = "payments_admin"
  manage_master_user_password = true
}
