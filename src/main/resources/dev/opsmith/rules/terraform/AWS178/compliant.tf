variable "iam_auth" {
  type = bool
}

resource "aws_db_instance" "ledger" {
  identifier                          = "ledger-prod"
  engine                              = "postgres"
  instance_class                      = "db.r6g.large"
  allocated_storage                   = 200
  storage_encrypted                   = true
  iam_database_authentication_enabled = true
}

# Oracle does not support IAM database authentication
resource "aws_db_instance" "core_banking" {
  identifier        = "core-banking"
  engine            = "oracle-ee"
  instance_class    = "db.r6i.xlarge"
  allocated_storage = 500
  storage_encrypted = true
  license_model     = "bring-your-own-license"
}

# unknown until a value is supplied: not decided
resource "aws_rds_cluster" "cards" {
  cluster_identifier                  = "cards-prod"
  engine                              = "aurora-mysql"
  storage_encrypted                   = true
  iam_database_authentication_enabled = var.iam_auth
}
