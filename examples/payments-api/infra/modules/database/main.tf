variable "identifier" {
  type = string
}

variable "environment" {
  type = string
}

variable "encrypted" {
  type    = bool
  default = true
}

resource "aws_db_instance" "this" {
  identifier              = var.identifier
  engine                  = "postgres"
  engine_version          = "16.3"
  instance_class          = var.environment == "prod" ? "db.r6g.large" : "db.t4g.medium"
  allocated_storage       = 100
  storage_encrypted       = var.encrypted
  backup_retention_period = 14
  deletion_protection     = var.environment == "prod"
  manage_master_user_password = true
}
