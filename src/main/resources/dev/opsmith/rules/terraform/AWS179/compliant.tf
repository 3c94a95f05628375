variable "minor_upgrades" {
  type = bool
}

# the provider default applies minor versions in the maintenance window
resource "aws_db_instance" "ledger" {
  identifier         = "ledger-prod"
  engine             = "postgres"
  instance_class     = "db.r6g.large"
  allocated_storage  = 200
  storage_encrypted  = true
  maintenance_window = "sun:03:00-sun:04:00"
}

resource "aws_rds_cluster_instance" "payments_writer" {
  identifier                 = "payments-writer"
  cluster_identifier         = "payments"
  engine                     = "aurora-postgresql"
  instance_class             = "db.r6g.large"
  auto_minor_version_upgrade = true
}

# unknown until a value is supplied: not decided
resource "aws_rds_cluster_instance" "payments_reader" {
  identifier                 = "payments-reader"
  cluster_identifier         = "payments"
  engine                     = "aurora-postgresql"
  instance_class             = "db.r6g.large"
  auto_minor_version_upgrade = var.minor_upgrades
}
