terraform {
  required_version = "~> 1.9"

  backend "s3" {
    bucket       = "acme-payments-tfstate"
    key          = "gateway/prod.tfstate"
    region       = "eu-west-1"
    encrypt      = true
    kms_key_id   = "arn:aws:kms:eu-west-1:123456789012:alias/tfstate"
    use_lockfile = true
  }
}
