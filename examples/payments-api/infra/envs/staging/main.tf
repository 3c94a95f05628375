terraform {
  required_version = ">= 1.6.0"
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.60"
    }
  }
  backend "s3" {
    bucket       = "northwind-tfstate-staging"
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

variable "vpc_cidr" {
  type = string
}

variable "flow_logs" {
  type = bool
}

variable "admin_cidrs" {
  type = list(string)
}

variable "database_encrypted" {
  type = bool
}

module "audit_bucket" {
  source = "../../modules/audit-bucket"
  name   = "northwind-payments-audit-staging"
}

module "network" {
  source              = "../../modules/network"
  name                = "payments-staging"
  cidr                = var.vpc_cidr
  flow_logs           = var.flow_logs
  flow_log_bucket_arn = module.audit_bucket.arn
  admin_cidrs         = var.admin_cidrs
}

module "ledger_database" {
  source      = "../../modules/database"
  identifier  = "payments-ledger-staging"
  environment = "staging"
  encrypted   = var.database_encrypted
}
