variable "monitoring_seconds" {
  type = number
}

resource "aws_db_instance" "ledger" {
  identifier          = "ledger-prod"
  engine              = "postgres"
  instance_class      = "db.r6g.large"
  allocated_storage   = 200
  storage_encrypted   = true
  monitoring_interval = 30
  monitoring_role_arn = "arn:aws:iam::123456789012:role/rds-enhanced-monitoring"
}

# unknown until a value is supplied: not decided
resource "aws_rds_cluster_instance" "payments_writer" {
  identifier          = "payments-writer"
  cluster_identifier  = "payments"
  engine              = "aurora-postgresql"
  instance_class      = "db.r6g.large"
  monitoring_interval = var.monitoring_seconds
  monitoring_role_arn = "arn:aws:iam::123456789012:role/rds-enhanced-monitoring"
}
