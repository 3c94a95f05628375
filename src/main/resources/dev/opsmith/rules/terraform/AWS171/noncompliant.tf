resource "aws_rds_cluster" "payments" { # expect: AWS171
  cluster_identifier  = "payments-prod"
  engine              = "aurora-postgresql"
  deletion_protection = true
}

resource "aws_rds_cluster" "cards" {
  cluster_identifier  = "cards-prod"
  engine              = "aurora-mysql"
  storage_encrypted   = false # expect: AWS171
  deletion_protection = true
}

resource "aws_rds_global_cluster" "payments" { # expect: AWS171
  global_cluster_identifier = "payments-global"
  engine                    = "aurora-postgresql"
}
