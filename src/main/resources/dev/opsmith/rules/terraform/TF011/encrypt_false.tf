terraform {
  backend "s3" {
    bucket         = "acme-payments-tfstate"
    key            = "ledger/prod.tfstate"
    region         = "eu-west-1"
    encrypt        = false # expect: TF011
    dynamodb_table = "acme-payments-tflock"
  }
}
