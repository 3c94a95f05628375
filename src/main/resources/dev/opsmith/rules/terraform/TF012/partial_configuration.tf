# bucket, key and the locking settings come from `terraform init -backend-config=env/prod.s3.tfbackend`:
# whether state is locked cannot be decided from this file alone
terraform {
  required_version = "~> 1.9"

  backend "s3" {
    region  = "eu-west-1"
    encrypt = true
  }
}
