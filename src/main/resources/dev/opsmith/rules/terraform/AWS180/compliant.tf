variable "pi_key_arn" {
  type = string # no default: which key encrypts the reporting insights is unknown, nothing is decided
}

resource "aws_kms_key" "rds" {
  description         = "payments databases"
  enable_key_rotation = true
}

resource "aws_db_instance" "ledger" {
  identifier                      = "ledger"
  engine                          = "postgres"
  instance_class                  = "db.m6g.large"
  allocated_storage               = 100
  storage_encrypted               = true
  performance_insights_enabled    = true
  performance_insights_kms_key_id = aws_kms_key.rds.arn
}

resource "aws_db_instance" "reporting" {
  identifier                      = "reporting"
  engine                          = "postgres"
  instance_class                  = "db.t4g.medium"
  allocated_storage               = 50
  performance_insights_enabled    = true
  performance_insights_kms_key_id = var.pi_key_arn
}

resource "aws_db_instance" "sandbox" {
  identifier        = "sandbox"
  engine            = "postgres"
  instance_class    = "db.t4g.micro"
  allocated_storage = 20
}
