variable "skip_snapshot" {
  type = bool
}

resource "aws_db_instance" "ledger" {
  identifier                = "ledger-prod"
  engine                    = "postgres"
  instance_class            = "db.r6g.large"
  allocated_storage         = 200
  storage_encrypted         = true
  final_snapshot_identifier = "ledger-prod-final"
}

resource "aws_rds_cluster" "payments" {
  cluster_identifier        = "payments-prod"
  engine                    = "aurora-postgresql"
  storage_encrypted         = true
  skip_final_snapshot       = false
  final_snapshot_identifier = "payments-prod-final"
}

# unknown until a value is supplied: not decided
resource "aws_rds_cluster" "cards" {
  cluster_identifier  = "cards-prod"
  engine              = "aurora-mysql"
  storage_encrypted   = true
  skip_final_snapshot = var.skip_snapshot
}
