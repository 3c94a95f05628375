variable "network_module" {
  type = string
}

module "alarms" {
  source = "github.com/acme-payments/terraform-alarms?ref=v1.8.2"
}

module "queues" {
  source = "git::https://github.com/acme-payments/terraform-queues.git?ref=3f9c2ab41d0e8f7b6a5c4d3e2f1a0b9c8d7e6f5a"
}

module "ledger" {
  source = "git@github.com:acme-payments/terraform-ledger.git//modules/db?ref=2.4.0"
}

module "fraud_rules" {
  source = "https://artifacts.acme-payments.internal/terraform/fraud-rules-1.2.0.zip"
}

module "reporting" {
  source = "s3::https://s3-eu-west-1.amazonaws.com/acme-payments-modules/reporting.zip?checksum=sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
}

# registry modules are TF006's concern, local paths are not fetched
module "vpc" {
  source = "terraform-aws-modules/vpc/aws"
}

module "tags" {
  source = "./modules/tags"
}

# OpenTofu 1.8+ accepts a variable here: the source is unknown until init, so nothing is decided
module "network" {
  source = var.network_module
}
