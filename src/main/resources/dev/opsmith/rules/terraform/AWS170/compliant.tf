variable "environment" {
  type    = string
  default = "prod"
}

variable "kms_key_arn" {
  type = string
}

resource "aws_db_instance" "ledger" {
  identifier          = "ledger-${var.environment}"
  engine              = "postgres"
  engine_version      = "16.3"
  instance_class      = "db.r6g.large"
  allocated_storage   = 200
  storage_encrypted   = true
  kms_key_id          = var.kms_key_arn
  deletion_protection = true
}

# a read replica takes the source's encryption
resource "aws_db_instance" "ledger_replica" {
  identifier          = "ledger-${var.environment}-replica"
  replicate_source_db = aws_db_instance.ledger.identifier
  instance_class      = "db.r6g.large"
}
