variable "environment" {
  type    = string
  default = "prod"
}

resource "aws_db_instance" "ledger" { # expect: AWS170
  identifier          = "ledger-${var.environment}"
  engine              = "postgres"
  engine_version      = "16.3"
  instance_class      = "db.r6g.large"
  allocated_storage   = 200
  deletion_protection = true
}

resource "aws_db_instance" "reporting" {
  identifier        = "reporting-${var.environment}"
  engine            = "postgres"
  instance_class    = "db.t4g.medium"
  allocated_storage = 50
  storage_encrypted = var.environment == "dev" # expect: AWS170
}
