variable "ledger_password" {
  type      = string
  sensitive = true
  default   = "Ledg3r-Pr0d-2026!x"
}

resource "aws_db_instance" "ledger" {
  identifier        = "ledger"
  engine            = "postgres"
  instance_class    = "db.m6g.large"
  allocated_storage = 100
  storage_encrypted = true
  username          = "ledger_admin"
  password          = var.ledger_password # expect: AWS188
}

resource "aws_rds_cluster" "payments" {
  cluster_identifier = "payments"
  engine             = "aurora-postgresql"
  storage_encrypted  = true
  master_username    = "payments_admin"
  master_password    = "Vq8#tR2m!Lw9zPk4" # expect: AWS188
}
