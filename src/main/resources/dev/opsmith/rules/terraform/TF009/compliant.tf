variable "reporting_module" {
  type = string
}

module "fraud_rules" {
  source = "https://artifacts.acme-payments.internal/terraform/fraud-rules-1.2.0.zip"
}

module "settlement" {
  source = "git::ssh://git@git.acme-payments.internal/platform/settlement.git?ref=v2.0.1"
}

module "ledger" {
  source = "git@github.com:acme-payments/terraform-ledger.git?ref=v3.1.0"
}

module "vpc" {
  source  = "terraform-aws-modules/vpc/aws"
  version = "~> 5.8"
}

module "tags" {
  source = "./modules/tags"
}

# OpenTofu 1.8+ accepts a variable here: the source is unknown until init, so nothing is decided
module "reporting" {
  source = var.reporting_module
}
