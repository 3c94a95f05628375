variable "encrypt_clusters" {
  type = bool
}

resource "aws_rds_cluster" "payments" {
  cluster_identifier  = "payments-prod"
  engine              = "aurora-postgresql"
  storage_encrypted   = true
  deletion_protection = true
}

# serverless v1 clusters are always encrypted
resource "aws_rds_cluster" "back_office" {
  cluster_identifier = "back-office"
  engine             = "aurora-mysql"
  engine_mode        = "serverless"
}

resource "aws_rds_global_cluster" "payments" {
  global_cluster_identifier = "payments-global"
  engine                    = "aurora-postgresql"
  storage_encrypted         = true
}

# unknown until a value is supplied: not decided
resource "aws_rds_cluster" "cards" {
  cluster_identifier  = "cards-prod"
  engine              = "aurora-mysql"
  storage_encrypted   = var.encrypt_clusters
  deletion_protection = true
}
