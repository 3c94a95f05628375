variable "protect_clusters" {
  type = bool
}

resource "aws_rds_cluster" "payments" {
  cluster_identifier  = "payments-prod"
  engine              = "aurora-postgresql"
  storage_encrypted   = true
  deletion_protection = true
}

# unknown until a value is supplied: not decided
resource "aws_rds_cluster" "cards" {
  cluster_identifier  = "cards-prod"
  engine              = "aurora-mysql"
  storage_encrypted   = true
  deletion_protection = var.protect_clusters
}
