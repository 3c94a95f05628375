variable "network_module" {
  type = string
}

module "vpc" {
  source  = "terraform-aws-modules/vpc/aws"
  version = "~> 5.8"

  name = "payments"
  cidr = "10.40.0.0/16"
}

module "ledger_db" {
  source  = "app.terraform.io/acme-payments/aurora-postgres/aws//modules/cluster"
  version = "2.3.1"

  cluster_name = "ledger"
}

# local and Git sources are not registry addresses
module "tags" {
  source = "./modules/tags"
}

module "alarms" {
  source = "github.com/acme-payments/terraform-alarms"
}

module "queues" {
  source = "git::https://github.com/acme-payments/terraform-queues.git?ref=v1.4.0"
}

# OpenTofu 1.8+ accepts a variable here: the source is unknown until init, so nothing is decided
module "network" {
  source = var.network_module
}
