terraform {
  required_version = "~> 1.9"

  backend "s3" { # expect: TF012
    bucket  = "acme-payments-tfstate"
    key     = "gateway/prod.tfstate"
    region  = "eu-west-1"
    encrypt = true
  }
}
