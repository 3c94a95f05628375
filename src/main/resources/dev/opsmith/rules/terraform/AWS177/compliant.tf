variable "ledger_instances" {
  type = number # no default: how many ledger instances exist is unknown, nothing is decided
}

resource "aws_rds_cluster" "payments" {
  cluster_identifier = "payments"
  engine             = "aurora-postgresql"
  storage_encrypted  = true
}

resource "aws_rds_cluster_instance" "payments" {
  count              = 2
  identifier         = "payments-${count.index}"
  cluster_identifier = aws_rds_cluster.payments.id
  engine             = aws_rds_cluster.payments.engine
  instance_class     = "db.r6g.large"
}

resource "aws_rds_cluster" "ledger" {
  cluster_identifier = "ledger"
  engine             = "aurora-mysql"
  storage_encrypted  = true
}

resource "aws_rds_cluster_instance" "ledger" {
  count              = var.ledger_instances
  identifier         = "ledger-${count.index}"
  cluster_identifier = aws_rds_cluster.ledger.id
  engine             = "aurora-mysql"
  instance_class     = "db.r6g.large"
}

resource "aws_rds_cluster" "reporting" {
  cluster_identifier = "reporting"
  engine             = "aurora-mysql"
  engine_mode        = "serverless"
}

resource "aws_rds_cluster_instance" "reporting" {
  identifier         = "reporting-1"
  cluster_identifier = aws_rds_cluster.reporting.id
  engine             = "aurora-mysql"
  instance_class     = "db.serverless"
}
