resource "aws_rds_cluster" "payments" { # expect: AWS175
  cluster_identifier = "payments-prod"
  engine             = "aurora-postgresql"
  storage_encrypted  = true
}

resource "aws_rds_cluster" "cards" {
  cluster_identifier  = "cards-prod"
  engine              = "aurora-mysql"
  storage_encrypted   = true
  deletion_protection = false # expect: AWS175
}
