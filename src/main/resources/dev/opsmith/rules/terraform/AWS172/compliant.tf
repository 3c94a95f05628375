variable "expose_reporting_db" {
  type = bool
}

resource "aws_db_instance" "ledger" {
  identifier          = "ledger-prod"
  engine              = "postgres"
  instance_class      = "db.r6g.large"
  allocated_storage   = 200
  storage_encrypted   = true
  publicly_accessible = false
}

# the provider default keeps the instance private
resource "aws_rds_cluster_instance" "payments_writer" {
  identifier         = "payments-writer"
  cluster_identifier = "payments"
  engine             = "aurora-postgresql"
  instance_class     = "db.r6g.large"
}

# unknown until a value is supplied: not decided
resource "aws_db_instance" "reporting" {
  identifier          = "reporting"
  engine              = "postgres"
  instance_class      = "db.t4g.medium"
  allocated_storage   = 50
  storage_encrypted   = true
  publicly_accessible = var.expose_reporting_db
}
