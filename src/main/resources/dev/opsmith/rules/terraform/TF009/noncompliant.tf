module "fraud_rules" {
  source = "http://artifacts.acme-payments.internal/terraform/fraud-rules-1.2.0.zip" # expect: TF009
}

module "settlement" {
  source = "git::http://git.acme-payments.internal/platform/settlement.git?ref=v2.0.1" # expect: TF009
}
