variable "log_exports" {
  type = list(string)
}

resource "aws_db_instance" "ledger" {
  identifier                      = "ledger-prod"
  engine                          = "postgres"
  instance_class                  = "db.r6g.large"
  allocated_storage               = 200
  storage_encrypted               = true
  enabled_cloudwatch_logs_exports = ["postgresql", "upgrade"]
}

resource "aws_db_instance" "core_banking" {
  identifier                      = "core-banking"
  engine                          = "oracle-ee"
  instance_class                  = "db.r6i.xlarge"
  allocated_storage               = 500
  storage_encrypted               = true
  license_model                   = "bring-your-own-license"
  enabled_cloudwatch_logs_exports = ["alert", "audit", "listener"]
}

# unknown until a value is supplied: not decided
resource "aws_rds_cluster" "cards" {
  cluster_identifier              = "cards-prod"
  engine                          = "aurora-mysql"
  storage_encrypted               = true
  enabled_cloudwatch_logs_exports = var.log_exports
}
