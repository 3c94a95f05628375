resource "aws_rds_cluster" "payments" { # expect: AWS177
  cluster_identifier = "payments"
  engine             = "aurora-postgresql"
  storage_encrypted  = true
}

resource "aws_rds_cluster_instance" "payments" {
  identifier         = "payments-1"
  cluster_identifier = aws_rds_cluster.payments.id
  engine             = aws_rds_cluster.payments.engine
  instance_class     = "db.r6g.large"
}
