variable "network_module" {
  type = string
}

# v1.8.2
module "alarms" {
  source = "github.com/acme-payments/terraform-alarms?ref=3f9c2ab41d0e8f7b6a5c4d3e2f1a0b9c8d7e6f5a"
}

# a branch is TF007's finding, not repeated here
module "queues" {
  source = "git::https://github.com/acme-payments/terraform-queues.git?ref=main"
}

module "vpc" {
  source  = "terraform-aws-modules/vpc/aws"
  version = "5.8.1"
}

# OpenTofu 1.8+ accepts a variable here: the source is unknown until init, so nothing is decided
module "network" {
  source = var.network_module
}
