terraform {
  required_version = ">= 1.6.0"
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.60"
    }
  }
  backend "s3" {
    bucket       = "northwind-tfstate-prod"
    key          = "payments-api/terraform.tfstate"
    region       = "eu-west-1"
    encrypt      = true
    use_lockfile = true
  }
}

provider "aws" {
  region = var.region
}

variable "region" {
  type = string
}

variable "vpc_id" {
  type = string
}

variable "ledger_db_encrypted" {
  type        = bool
  description = "left false after the 2024 migration test; nobody switched it back"
}

resource "aws_security_group" "api" {
  name   = "payments-api-prod"
  vpc_id = var.vpc_id

  ingress {
    description = "HTTPS from the load balancer"
    from_port   = 8080
    to_port     = 8080
    protocol    = "tcp"
    cidr_blocks = ["10.40.0.0/16"]
  }

  ingress {
    description = "temporary: vendor debugging session (INC-4471)"
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_db_instance" "ledger" {
  identifier              = "payments-ledger-prod"
  engine                  = "postgres"
  engine_version          = "16.3"
  instance_class          = "db.r6g.large"
  allocated_storage       = 200
  storage_encrypted       = var.ledger_db_encrypted
  backup_retention_period = 14
  deletion_protection     = true
  multi_az                = true
  manage_master_user_password = true
}

module "audit_database" {
  source      = "../../modules/database"
  identifier  = "payments-audit-prod"
  environment = "prod"
}
