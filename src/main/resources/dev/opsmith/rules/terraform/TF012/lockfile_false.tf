terraform {
  backend "s3" { # expect: TF012
    bucket       = "acme-payments-tfstate"
    key          = "ledger/prod.tfstate"
    region       = "eu-west-1"
    encrypt      = true
    use_lockfile = false
  }
}
