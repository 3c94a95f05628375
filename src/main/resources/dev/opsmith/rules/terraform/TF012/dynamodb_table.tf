terraform {
  required_version = "~> 1.9"

  backend "s3" {
    bucket         = "acme-payments-tfstate"
    key            = "ledger/prod.tfstate"
    region         = "eu-west-1"
    encrypt        = true
    dynamodb_table = "acme-payments-tflock"
  }
}
