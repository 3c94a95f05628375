variable "copy_tags" {
  type = bool
}

resource "aws_db_instance" "ledger" {
  identifier            = "ledger-prod"
  engine                = "postgres"
  instance_class        = "db.r6g.large"
  allocated_storage     = 200
  storage_encrypted     = true
  copy_tags_to_snapshot = true
}

# unknown until a value is supplied: not decided
resource "aws_rds_cluster" "payments" {
  cluster_identifier    = "payments-prod"
  engine                = "aurora-postgresql"
  storage_encrypted     = true
  copy_tags_to_snapshot = var.copy_tags
}
