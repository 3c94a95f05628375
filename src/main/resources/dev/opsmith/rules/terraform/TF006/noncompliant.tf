module "vpc" {
  source = "terraform-aws-modules/vpc/aws" # expect: TF006

  name = "payments"
  cidr = "10.40.0.0/16"
}

module "ledger_db" {
  source = "app.terraform.io/acme-payments/aurora-postgres/aws//modules/cluster" # expect: TF006

  cluster_name = "ledger"
}
