module "alarms" {
  source = "github.com/acme-payments/terraform-alarms?ref=v1.8.2" # expect: TF008
}

module "ledger" {
  source = "git::ssh://git@git.acme-payments.internal/platform/ledger.git?ref=3f9c2ab" # expect: TF008
}
