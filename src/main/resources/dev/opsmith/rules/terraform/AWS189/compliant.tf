variable "ca_bundle" {
  type = string
}

resource "aws_db_instance" "ledger" {
  identifier         = "ledger-prod"
  engine             = "postgres"
  instance_class     = "db.r6g.large"
  allocated_storage  = 200
  storage_encrypted  = true
  ca_cert_identifier = "rds-ca-rsa2048-g1"
}

resource "aws_rds_cluster_instance" "payments_writer" {
  identifier         = "payments-writer"
  cluster_identifier = "payments"
  engine             = "aurora-mysql"
  instance_class     = "db.r6g.large"
  ca_cert_identifier = "rds-ca-ecc384-g1"
}

# absent: RDS uses the region's current default authority
resource "aws_rds_cluster_instance" "payments_reader" {
  identifier         = "payments-reader"
  cluster_identifier = "payments"
  engine             = "aurora-mysql"
  instance_class     = "db.r6g.large"
}

# unknown until a value is supplied: not decided
resource "aws_db_instance" "reporting" {
  identifier         = "reporting"
  engine             = "postgres"
  instance_class     = "db.t4g.medium"
  allocated_storage  = 50
  storage_encrypted  = true
  ca_cert_identifier = var.ca_bundle
}
