variable "protect_databases" {
  type = bool
}

resource "aws_db_instance" "ledger" {
  identifier          = "ledger-prod"
  engine              = "postgres"
  instance_class      = "db.r6g.large"
  allocated_storage   = 200
  storage_encrypted   = true
  deletion_protection = true
}

# unknown until a value is supplied: not decided
resource "aws_db_instance" "settlement" {
  identifier          = "settlement-prod"
  engine              = "mysql"
  instance_class      = "db.r6g.large"
  allocated_storage   = 100
  storage_encrypted   = true
  deletion_protection = var.protect_databases
}
