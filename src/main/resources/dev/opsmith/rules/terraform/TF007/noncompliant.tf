module "alarms" {
  source = "github.com/acme-payments/terraform-alarms" # expect: TF007
}

module "queues" {
  source = "git::https://github.com/acme-payments/terraform-queues.git?ref=main" # expect: TF007
}

module "ledger" {
  source = "git@github.com:acme-payments/terraform-ledger.git//modules/db?ref=develop" # expect: TF007
}

module "fraud_rules" {
  source = "https://artifacts.acme-payments.internal/terraform/fraud-rules/latest.zip" # expect: TF007
}

module "reporting" {
  source = "s3::https://s3-eu-west-1.amazonaws.com/acme-payments-modules/reporting.zip" # expect: TF007
}
