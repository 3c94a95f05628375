variable "multi_az" {
  type = bool
}

resource "aws_db_instance" "ledger" {
  identifier        = "ledger-prod"
  engine            = "postgres"
  instance_class    = "db.r6g.large"
  allocated_storage = 200
  storage_encrypted = true
  multi_az          = true
}

# a read replica follows its own placement
resource "aws_db_instance" "ledger_replica" {
  identifier          = "ledger-prod-replica"
  replicate_source_db = aws_db_instance.ledger.identifier
  instance_class      = "db.r6g.large"
}

# SQL Server Express cannot be Multi-AZ
resource "aws_db_instance" "back_office" {
  identifier        = "back-office"
  engine            = "sqlserver-ex"
  instance_class    = "db.t3.medium"
  allocated_storage = 20
  storage_encrypted = true
  license_model     = "license-included"
}

# unknown until a value is supplied: not decided
resource "aws_db_instance" "settlement" {
  identifier        = "settlement-prod"
  engine            = "mysql"
  instance_class    = "db.r6g.large"
  allocated_storage = 100
  storage_encrypted = true
  multi_az          = var.multi_az
}
